import { BuildConfig } from "@langchain/build";

export const config: BuildConfig = { entrypoints: { index: "index" } };
