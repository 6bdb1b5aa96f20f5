interface User {
	name: string;
}

export type { User };