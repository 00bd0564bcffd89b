using System.Net;
using Render.Server.Tests.Harness;

namespace Render.Server.Tests.Security;

/// <summary>Issue 21's hostile bodies over HTTP: each a 400 with a plain message, nothing stored.</summary>
public sealed class HostileInputTests(SqliteServerFixture server) : IClassFixture<SqliteServerFixture>
{
    private readonly RenderApi _api = new(server.Client);

    [Theory]
    [InlineData("""{"tileIdToSpecMap":{"a":null}}""", "tileIdToSpecMap entry 'a' is null")]
    [InlineData("""{"transformIdToSpecMap":{"lens":null},"tileIdToSpecMap":{"a":{"tileId":"a","z":1}}}""", "transformIdToSpecMap entry 'lens' is null")]
    [InlineData("""{"tileIdToSpecMap":{"a":{"tileId":"a","z":1e309}}}""", "z of tile 'a' must be a finite number")]
    [InlineData("""{"tileIdToSpecMap":{"a":{"tileId":"a","z":1,"width":2560,"height":2160,"meshCellSize":1e-9}}}""", "implies a mesh of")]
    public async Task Import_HostileTiles_Is400_AndStoresNothing(string body, string expected)
    {
        var stack = RenderApi.NewStackPath(prefix: "hostile");
        await _api.CreateStackAsync(stack);

        var message = await RenderApi.ExpectAsync(HttpStatusCode.BadRequest, _api.PutAsync($"{stack}/resolvedTiles?deriveData=true", body));

        Assert.Contains(expected, message, StringComparison.Ordinal);
        Assert.Equal("[]", await _api.GetTextAsync($"{stack}/tileIds"));
    }

    [Fact]
    public async Task Import_MatchArraysOfDifferentLengths_Is400()
    {
        var collection = MatchApi.CollectionPath(MatchApi.NewOwner(), "hostile");
        const string body = """[{"pGroupId":"1","pId":"a","qGroupId":"2","qId":"b","matches":{"p":[[1,2,3],[4,5,6]],"q":[[1,2],[4,5]],"w":[1,1,1]}}]""";

        var message = await RenderApi.ExpectAsync(HttpStatusCode.BadRequest, _api.PutAsync($"{collection}/matches", body));

        Assert.Contains("they must have the same shape", message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Rename_ToAnOwnerNoPathCanName_Is400()
    {
        var stack = RenderApi.NewStackPath(prefix: "hostile");
        await _api.CreateStackAsync(stack);

        var message = await RenderApi.ExpectAsync(HttpStatusCode.BadRequest, _api.PutAsync($"{stack}/stackId", """{"owner":"../..","project":"p","stack":"s"}"""));

        Assert.Contains("invalid owner '../..'", message, StringComparison.Ordinal);
        await _api.GetTextAsync(stack);
    }

    [Fact]
    public async Task ValidateTile_FileOutsideTheRoots_AnsweredAsAMissingFile()
    {
        static string Tile(string path) =>
            "{\"tileId\":\"t\",\"mipmapLevels\":{\"0\":{\"imageUrl\":\"file:" + path + "\"}},\"transforms\":{\"type\":\"list\",\"specList\":[]}}";
        var missing = "/etc/render-no-such-file-" + Guid.NewGuid().ToString("N");

        var (existingStatus, existingMessage) = await RenderApi.ReadAsync(_api.PutAsync("owner/o/validate-json/tile", Tile("/etc/passwd")));
        var (missingStatus, missingMessage) = await RenderApi.ReadAsync(_api.PutAsync("owner/o/validate-json/tile", Tile(missing)));

        Assert.Equal(missingStatus, existingStatus);
        Assert.Equal(missingMessage.Replace(missing, "PATH", StringComparison.Ordinal), existingMessage.Replace("/etc/passwd", "PATH", StringComparison.Ordinal));
    }

    [Fact]
    public async Task ValidateTile_ValueOfTheWrongKind_SaysSoWithoutDotNetTypeNames()
    {
        var (status, message) = await RenderApi.ReadAsync(_api.PutAsync("owner/o/validate-json/tile", "{\"tileId\":{\"a\":1}}"));

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Contains("from JSON text.  Specific error is: ", message, StringComparison.Ordinal);
        Assert.True(!message.Contains("System.", StringComparison.Ordinal) && !message.Contains("Render.Model", StringComparison.Ordinal), message);
    }
}
