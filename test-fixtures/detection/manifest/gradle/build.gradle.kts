plugins { kotlin("jvm") version "2.0.0" }

dependencies {
    implementation("com.openai:openai-java:0.8.0")
    // implementation("com.anthropic:anthropic-java:0.1.0")
    implementation("org.slf4j:slf4j-api:2.0.13")
}
