// first screen: keep small
import { render } from 'preact';
import { App } from './app/App';
import './ui/base.css';

render(<App />, document.getElementById('app') as HTMLElement);
