namespace Demo;

public static class Factory
{
    public static object Create(System.Uri uri) => new global::Azure.AI.OpenAI.AzureOpenAIClient(uri, new Azure.Identity.DefaultAzureCredential());
}
