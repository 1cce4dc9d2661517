// Types of build-bundle.mjs for the TypeScript tests that build bundles.
export interface BuiltFile {
  fileName: string;
  name: string;
  code: string;
  bytes: number;
  gzip: number;
}
export function elementNames(): string[];
export function registrationEntries(): Record<string, string>;
export function bundle(entry: string, options?: { external?: string[] | ((id: string) => boolean) }): Promise<BuiltFile & { chunks: BuiltFile[] }>;
export function bundleElements(): Promise<(BuiltFile & { isEntry: boolean })[]>;
export function buildCdn(outDir?: string, options?: { log?: (line: string) => void }): Promise<{ all: BuiltFile & { chunks: BuiltFile[] }; elements: (BuiltFile & { isEntry: boolean })[] }>;
