// Types of build-package.mjs for the TypeScript tests that build the package.
export function packageJson(): Record<string, unknown>;
export function packageManifest(manifestText: string): string;
export function buildPackage(outDir?: string, options?: { cdnDir?: string | false; types?: boolean }): Promise<string>;
export function packageReadme(readme: string): string;
