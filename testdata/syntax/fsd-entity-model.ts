// A Feature-Sliced Design entity: a Redux Toolkit slice, selectors, an API and a public index.
import { createAsyncThunk, createSlice, type PayloadAction } from "@reduxjs/toolkit";
import type { RootState } from "@/app/store";
import { apiClient } from "@/shared/api";
import { z } from "zod";

export const userSchema = z.object({
  id: z.string().brand<"UserId">(),
  name: z.string().min(1),
  email: z.string().email(),
  role: z.enum(["admin", "member"]).default("member"),
});

export type User = z.infer<typeof userSchema>;
export type UserId = User["id"];

interface UserState {
  byId: Record<UserId, User>;
  status: "idle" | "loading" | "failed";
  error?: string;
}

const initialState: UserState = { byId: {} as Record<UserId, User>, status: "idle" };

export const fetchUser = createAsyncThunk<User, UserId, { state: RootState; rejectValue: string }>(
  "user/fetch",
  async (id, { rejectWithValue, signal }) => {
    const response = await apiClient.get(`/users/${encodeURIComponent(id)}`, { signal });
    const parsed = userSchema.safeParse(response.data);
    return parsed.success ? parsed.data : rejectWithValue(parsed.error.message);
  },
);

const userSlice = createSlice({
  name: "user",
  initialState,
  reducers: {
    userRenamed(state, action: PayloadAction<{ id: UserId; name: string }>) {
      const user = state.byId[action.payload.id];
      if (user) user.name = action.payload.name;
    },
  },
  extraReducers: (builder) => {
    builder
      .addCase(fetchUser.pending, (state) => {
        state.status = "loading";
      })
      .addCase(fetchUser.fulfilled, (state, { payload }) => {
        state.status = "idle";
        state.byId[payload.id] = payload;
      })
      .addCase(fetchUser.rejected, (state, action) => {
        state.status = "failed";
        state.error = action.payload ?? action.error.message;
      });
  },
});

export const { userRenamed } = userSlice.actions;
export const userReducer = userSlice.reducer;
export const selectUser = (state: RootState, id: UserId): User | undefined => state.user.byId[id];
export const selectAdmins = (state: RootState) => Object.values(state.user.byId).filter((u) => u.role === "admin");

export async function loadUserLazily(id: UserId) {
  const { prefetchUser } = await import("../lib/prefetch");
  return prefetchUser(id);
}
