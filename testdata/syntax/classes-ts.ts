// TypeScript class features: abstract, overloads, parameter properties, modifiers, accessor.
interface Shape {
  area(): number;
}

export abstract class Base<T> implements Shape {
  protected abstract readonly kind: string;
  abstract area(): number;
  protected abstract describe?(): string;
  declare readonly brand: T;
  static readonly instances: Base<unknown>[] = [];
  [key: string]: unknown;

  constructor(
    public readonly id: string,
    protected name: string,
    private secret?: string,
    readonly tag = "base",
  ) {}

  override toString(): string {
    return `${this.kind}:${this.id}`;
  }
}

export class Square extends Base<"square"> implements Shape {
  protected readonly kind = "square";
  static accessor count = 0;
  static accessor #internal = 1;
  public override accessor label: string = "square";

  constructor(id: string, private side: number) {
    super(id, "square");
  }

  scale(factor: number): this;
  scale(x: number, y: number): this;
  scale(x: number, y?: number): this {
    this.side *= y === undefined ? x : Math.max(x, y);
    return this;
  }

  area(): number {
    return this.side ** 2;
  }

  public get size(): number {
    return this.side;
  }

  private set size(value: number) {
    this.side = value;
  }

  optional?(): void;
}

export const Anonymous = class<T> extends Square {
  value?: T;
};
