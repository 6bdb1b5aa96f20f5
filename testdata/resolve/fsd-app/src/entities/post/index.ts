export { PostList, type Post } from "./model/post";
