using System.Net;
using System.Text;
using System.Text.Json.Nodes;

namespace Render.Server.Tests.Harness;

/// <summary>Plain HTTP calls against the API, as any render-ws client makes them, with unique stack names per test.</summary>
public sealed class RenderApi(HttpClient client)
{
    private static int _counter;

    public HttpClient Client => client;

    /// <summary>A stack path <c>owner/{owner}/project/{project}/stack/{name}</c> with a name no other test uses.</summary>
    public static string NewStackPath(string owner = "testOwner", string project = "testProject", string prefix = "s") =>
        $"owner/{owner}/project/{project}/stack/{prefix}{Interlocked.Increment(ref _counter)}x{Environment.ProcessId}";

    public Task<HttpResponseMessage> GetAsync(string path) => client.GetAsync(path);

    public Task<HttpResponseMessage> DeleteAsync(string path) => client.DeleteAsync(path);

    public Task<HttpResponseMessage> PutAsync(string path, string? json = null) =>
        client.PutAsync(path, json is null ? null : new StringContent(json, Encoding.UTF8, "application/json"));

    public Task<HttpResponseMessage> PostAsync(string path, string json) =>
        client.PostAsync(path, new StringContent(json, Encoding.UTF8, "application/json"));

    /// <summary>GET expecting 200 and a JSON body.</summary>
    public async Task<JsonNode> GetJsonAsync(string path)
    {
        using var response = await client.GetAsync(path).ConfigureAwait(false);
        var body = await response.Content.ReadAsStringAsync().ConfigureAwait(false);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"GET {path}: {(int)response.StatusCode} {body}");
        return JsonNode.Parse(body)!;
    }

    /// <summary>GET expecting 200; the body as text.</summary>
    public Task<string> GetTextAsync(string path) => ExpectAsync(HttpStatusCode.OK, client.GetAsync(path));

    /// <summary>Sends and returns status and body text.</summary>
    public static async Task<(HttpStatusCode Status, string Body)> ReadAsync(Task<HttpResponseMessage> request)
    {
        using var response = await request.ConfigureAwait(false);
        return (response.StatusCode, await response.Content.ReadAsStringAsync().ConfigureAwait(false));
    }

    /// <summary>Sends, asserts the status, returns the body.</summary>
    public static async Task<string> ExpectAsync(HttpStatusCode expected, Task<HttpResponseMessage> request)
    {
        var (status, body) = await ReadAsync(request).ConfigureAwait(false);
        Assert.True(status == expected, $"expected {(int)expected} but got {(int)status}: {body}");
        return body;
    }

    /// <summary>POST a new stack version (201).</summary>
    public Task CreateStackAsync(string stackPath, string version = """{"stackResolutionX":4.0,"stackResolutionY":4.0,"stackResolutionZ":35.0}""") =>
        ExpectAsync(HttpStatusCode.Created, PostAsync(stackPath, version));

    /// <summary>PUT resolvedTiles (201).</summary>
    public Task ImportAsync(string stackPath, string resolvedTiles, bool deriveData) =>
        ExpectAsync(HttpStatusCode.Created, PutAsync($"{stackPath}/resolvedTiles?deriveData={(deriveData ? "true" : "false")}", resolvedTiles));

    /// <summary>PUT state (201).</summary>
    public Task SetStateAsync(string stackPath, string state) =>
        ExpectAsync(HttpStatusCode.Created, PutAsync($"{stackPath}/state/{state}"));

    /// <summary>A new stack holding render's elastic-3903 data, COMPLETE unless asked otherwise.</summary>
    public async Task<string> CreateElasticStackAsync(bool complete = true)
    {
        var stack = NewStackPath(prefix: "elastic");
        await CreateStackAsync(stack).ConfigureAwait(false);
        await ImportAsync(stack, Fixtures.Elastic3903, deriveData: false).ConfigureAwait(false);
        if (complete)
        {
            await SetStateAsync(stack, "COMPLETE").ConfigureAwait(false);
        }

        return stack;
    }

    /// <summary>A new stack holding example_1 imported with deriveData, COMPLETE unless asked otherwise.</summary>
    public async Task<string> CreateExample1StackAsync(bool complete = true)
    {
        var stack = NewStackPath(prefix: "v1acquire");
        await CreateStackAsync(stack).ConfigureAwait(false);
        await ImportAsync(stack, Fixtures.Example1, deriveData: true).ConfigureAwait(false);
        if (complete)
        {
            await SetStateAsync(stack, "COMPLETE").ConfigureAwait(false);
        }

        return stack;
    }
}
