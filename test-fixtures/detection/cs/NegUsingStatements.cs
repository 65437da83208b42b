using System.IO;
using System.Net.Http;

class C {
    void M() {
        using (var http = new HttpClient()) { }
        using var stream = File.OpenRead("x");
        // using OpenAI;
        var s = "using Anthropic;";
    }
}
