interface User {
  id: string;
}

export type { User };
