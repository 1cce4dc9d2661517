// The few Mocha globals the browser tests use (web-test-runner runs them with Mocha), declared
// here because @types/mocha is not a dependency.
type MochaDone = (error?: unknown) => void;
type MochaCallback = (this: unknown, done: MochaDone) => void | Promise<unknown>;

declare function describe(title: string, body: () => void): void;
declare function it(title: string, body: MochaCallback): void;
declare namespace it {
  function only(title: string, body: MochaCallback): void;
  function skip(title: string, body: MochaCallback): void;
}
declare function before(body: MochaCallback): void;
declare function after(body: MochaCallback): void;
declare function beforeEach(body: MochaCallback): void;
declare function afterEach(body: MochaCallback): void;
