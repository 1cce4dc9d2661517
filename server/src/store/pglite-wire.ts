import type { PGlite } from '@electric-sql/pglite';
import type { BackendMessage, CommandCompleteMessage, DataRowMessage, ParameterDescriptionMessage, RowDescriptionMessage } from 'pg-protocol/dist/messages.js';
import { Parser } from 'pg-protocol/dist/parser.js';

export interface WireResult {
  rows: Record<string, unknown>[];
  /** Rows an INSERT, UPDATE, DELETE or MERGE touched (from its command tag). */
  affectedRows?: number;
  /** The parameter types (OIDs) a Describe of a statement answered. */
  parameterTypes?: number[];
}

/**
 * Sends `message` (frontend protocol messages ending in Sync) to PGlite and reads the answer
 * with node-postgres' protocol parser. PGlite's own reader copies every field into a fresh
 * buffer before decoding it, which on a 20-row page costs more than the query; here PGlite
 * only hands over the bytes. Values are decoded with PGlite's type parsers, so rows come out
 * exactly as `PGlite.query()` returns them. A database error is thrown once the whole answer is read.
 */
export async function exchange(pglite: PGlite, message: Uint8Array): Promise<WireResult> {
  const parser = new Parser();
  const result: WireResult = { rows: [] };
  let fields: RowDescriptionMessage['fields'] = [];
  let failure: Error | undefined;
  const read = (msg: BackendMessage) => {
    switch (msg.name) {
      case 'rowDescription':
        fields = (msg as RowDescriptionMessage).fields;
        break;
      case 'dataRow': {
        const values = (msg as DataRowMessage).fields;
        const row: Record<string, unknown> = {};
        for (let i = 0; i < fields.length; i++) {
          const { name, dataTypeID } = fields[i]!;
          const text = values[i];
          const parse = pglite.parsers[dataTypeID];
          row[name] = text === null || text === undefined ? null : parse ? parse(text, dataTypeID) : text;
        }
        result.rows.push(row);
        break;
      }
      case 'commandComplete': {
        const [command, ...rest] = (msg as CommandCompleteMessage).text.split(' ');
        if (command === 'INSERT' || command === 'UPDATE' || command === 'DELETE' || command === 'MERGE') result.affectedRows = Number(rest[rest.length - 1]);
        break;
      }
      case 'parameterDescription':
        result.parameterTypes = (msg as ParameterDescriptionMessage).dataTypeIDs;
        break;
      case 'error':
        failure ??= msg as unknown as Error;
        break;
    }
  };
  await pglite.execProtocolRawStream(message, {
    // The bytes are a view into PGlite's memory, valid only during this call: copy them.
    onRawData: (chunk) => parser.parse(Buffer.from(chunk), read),
  });
  if (failure) throw failure;
  return result;
}
