import { createSlice, type PayloadAction } from '@reduxjs/toolkit';
import type { RootState } from '@/app/store';
export type { RootState };
export * from './selectors';
export * as thunks from './thunks';

export enum Status { Idle = 'idle', Loading = 'loading' }

interface CounterState {
  value: number;
  status: Status;
}

const initialState: CounterState = { value: 0, status: Status.Idle };

export const counterSlice = createSlice({
  name: 'counter',
  initialState,
  reducers: {
    increment(state) { state.value += 1; },
    incrementByAmount: (state, action: PayloadAction<number>) => {
      state.value += action.payload;
    },
  },
});

export const selectCount = (state: RootState) => state.counter.value;
export const { increment, incrementByAmount } = counterSlice.actions;

export function assertNumber(x: unknown): asserts x is number {
  if (typeof x !== 'number') throw new TypeError(`not a number: ${String(x)}`);
}

namespace Internal {
  export type Pair<A, B = A> = readonly [first: A, second?: B];
}

async function load() {
  const { default: config } = await import('./config.json', { with: { type: 'json' } });
  return config satisfies Record<string, unknown>;
}
