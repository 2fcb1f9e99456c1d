import { ByteWriter, ParquetWriter, schemaFromColumnData, type BasicType } from 'hyparquet-writer';
import {
  emptyLongTable,
  LONG_COLUMNS,
  longRows,
  type LongColumn,
  type LongTable,
} from '../../domain/long-table';

const TYPE: Record<(typeof LONG_COLUMNS)[LongColumn], BasicType> = {
  text: 'STRING',
  int: 'INT32',
  number: 'DOUBLE',
  time: 'TIMESTAMP',
};
const columns = Object.keys(LONG_COLUMNS) as LongColumn[];
const columnData = (t: LongTable) =>
  columns.map((name) => ({ name, data: t[name], type: TYPE[LONG_COLUMNS[name]] }));

/** A Parquet file of the analyst table, written part by part so a large pool is never held twice. */
export function parquetFile(createdBy: string) {
  const writer = new ByteWriter();
  const pq = new ParquetWriter({
    writer,
    schema: schemaFromColumnData({ columnData: columnData(emptyLongTable()) }),
    createdBy,
  });
  return {
    /** Writes one part of the table as its own row group. */
    write(part: LongTable) {
      const rows = longRows(part);
      if (rows) pq.write({ columnData: columnData(part), rowGroupSize: rows });
    },
    /** The finished file. */
    finish(): ArrayBuffer {
      pq.finish();
      return writer.getBuffer();
    },
  };
}
