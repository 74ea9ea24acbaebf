// The few parts of Frictionless' `datapackage` (1.1.10, no types of its own) the bundle tests use as an oracle.
declare module 'datapackage' {
  export interface Resource {
    readonly name: string;
    readonly tabular: boolean;
    readonly valid: boolean;
    readonly errors: Error[];
    read(options?: { keyed?: boolean; cast?: boolean; relations?: boolean }): Promise<unknown[]>;
  }
  export class Package {
    static load(descriptor: string | object, options?: { basePath?: string; strict?: boolean }): Promise<Package>;
    readonly valid: boolean;
    readonly errors: Error[];
    readonly profile: { readonly name: string };
    readonly resources: Resource[];
    getResource(name: string): Resource | null;
  }
}
