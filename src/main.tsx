// first screen: keep small
import { render } from 'preact';
import { App } from './app/App';
import { replayJournal } from './storage/answers';
import './ui/base.css';

void replayJournal();
render(<App />, document.getElementById('app') as HTMLElement);
