using System.Text.RegularExpressions;

namespace Render.Architecture.Tests;

/// <summary>
/// The command line reaches render-ws only through the client (STYLE.md: "the CLI and every tool
/// use the client, never hand-built URLs"): outside <c>serve</c>, which hosts the service itself,
/// no command sends HTTP of its own, writes an API path, parses an answer's JSON by hand, or
/// reaches into the server or its stores.
/// </summary>
public sealed partial class CliClientTests
{
    /// <summary>The files of the one command that composes the server instead of calling it (ServeCommand, its options).</summary>
    private const string ServeFilePrefix = "Serve";

    [Fact]
    public void CliCommands_ReachTheServiceOnlyThroughTheClient()
    {
        var files = CliSourceFiles().Where(file => !Path.GetFileName(file).StartsWith(ServeFilePrefix, StringComparison.Ordinal)).ToList();

        var violations = files
            .SelectMany(file => BypassOfTheClient().Matches(File.ReadAllText(file)).Select(match => $"{Path.GetFileName(file)}: {match.Value}"))
            .ToList();

        Assert.NotEmpty(files);
        Assert.Empty(violations);
    }

    [Theory]
    [InlineData("using var http = new HttpClient { Timeout = TimeSpan.FromMinutes(5) };")]
    [InlineData("using var response = await http.GetAsync(new Uri(url), cancellationToken);")]
    [InlineData("var request = new HttpRequestMessage(HttpMethod.Put, uri);")]
    [InlineData("var url = $\"{baseUrl}/render-ws/v1/owner/{owner}\";")]
    [InlineData("var url = $\"{_stackUrl}/z/{z}/render-parameters?scale={scale}\";")]
    [InlineData("var node = JsonNode.Parse(body);")]
    [InlineData("using Render.Server.Services;")]
    [InlineData("using Render.Storage;")]
    public void BypassOfTheClient_HandBuiltRequests_AreCaught(string line)
    {
        Assert.Matches(BypassOfTheClient(), line);
    }

    private static IEnumerable<string> CliSourceFiles() =>
        Directory.EnumerateFiles(Path.Combine(Repository.Root, "src", "Render.Cli"), "*.cs", SearchOption.AllDirectories)
            .Where(file => !file.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !file.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal));

    /// <summary>
    /// HTTP types and calls on an HTTP client, API paths in strings (render-ws's root or a route segment such as
    /// <c>/z/{z}/</c> or <c>render-parameters</c>), JSON document parsing, and the server's and stores' namespaces.
    /// </summary>
    [GeneratedRegex(
        @"\b(?:HttpClient|HttpRequestMessage|HttpResponseMessage|HttpMethod|WebRequest|HttpContent)\b|(?i:\b\w*http\w*)\.(?:Get|Post|Put|Delete|Send|Patch)\w*Async\("
        + @"|render-ws/|/owner/|/stack/|/z/|render-parameters|matchCollection"
        + @"|\b(?:JsonNode|JsonDocument|JsonObject|JsonArray|Utf8JsonReader)\b"
        + @"|\busing Render\.(?:Server|Storage)\b")]
    private static partial Regex BypassOfTheClient();
}
