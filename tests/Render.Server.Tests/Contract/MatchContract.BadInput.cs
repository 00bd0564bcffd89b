using System.Net;
using Render.Server.Tests.Harness;
using static Render.Server.Tests.Harness.MatchApi;

namespace Render.Server.Tests.Contract;

/// <summary>Match requests render refuses: a clear 4xx, and nothing of a refused import written.</summary>
public abstract partial class MatchContract
{
    private const string NameRule =
        "specified, names may only contain alphanumeric or underscore '_' characters and may not contain consecutive underscores '_'";

    [Theory]
    [InlineData("""[{"pGroupId":"a","pId":"1","qGroupId":"b","qId":"2","matches":{"p":[[1.0]""")]
    [InlineData("""[{"pGroupId":"a","pId":"1","qGroupId":"b","qId":"2","matches":{"w":["x"]}}]""")]
    [InlineData("not json")]
    public async Task Import_MalformedJson_Gives400AndCreatesNothing(string body)
    {
        var collection = CollectionPath(NewOwner(), "malformed");

        var message = await RenderApi.ExpectAsync(HttpStatusCode.BadRequest, _api.PutAsync($"{collection}/matches", body));

        Assert.False(string.IsNullOrWhiteSpace(message));
        await RenderApi.ExpectAsync(HttpStatusCode.NotFound, _api.GetAsync($"{collection}/groupIds"));
    }

    [Theory]
    [InlineData("pGroupId")]
    [InlineData("pId")]
    [InlineData("qGroupId")]
    [InlineData("qId")]
    public async Task Import_PairWithoutAnId_Gives400AndWritesNothingOfTheBatch(string missing)
    {
        var owner = NewOwner();
        var collection = CollectionPath(owner, "partial");
        await _api.ImportAsync(collection, Array(Pair("a", "1", "b", "1")));
        var bad = Pair("a", "3", "b", "3");
        bad.Remove(missing);

        var message = await RenderApi.ExpectAsync(HttpStatusCode.BadRequest, _api.PutAsync($"{collection}/matches", Array(Pair("a", "2", "b", "2"), bad)));

        Assert.Equal("CanvasMatches are missing required pGroupId, qGroupId, pId, and/or qId values", message);
        Assert.Equal(1, await _api.PairCountAsync(owner, "partial"));
    }

    [Fact]
    public async Task Import_NoBody_Gives400NoMatchesProvided()
    {
        var collection = CollectionPath(NewOwner(), "empty");

        var message = await RenderApi.ExpectAsync(HttpStatusCode.BadRequest, _api.PutAsync($"{collection}/matches"));

        Assert.Equal("no matches provided", message);
    }

    [Fact]
    public async Task Import_EmptyList_Gives201AndCreatesNoCollection()
    {
        var owner = NewOwner();
        var collection = CollectionPath(owner, "none");

        await _api.ImportAsync(collection, "[]");

        Assert.Empty(await _api.GetArrayAsync($"owner/{owner}/matchCollections"));
        await RenderApi.ExpectAsync(HttpStatusCode.NotFound, _api.GetAsync($"{collection}/pGroupIds"));
    }

    [Theory]
    [InlineData("owner/bad-owner/matchCollection/c/pGroupIds", "owner", "bad-owner")]
    [InlineData("owner/o/matchCollection/a__b/groupIds", "name", "a__b")]
    [InlineData("owner/o/matchCollection/c_/matches", "name", "c_")]
    [InlineData("owner/o/matchCollection/c.1/group/g/matchesOutsideGroup", "name", "c.1")]
    [InlineData("owner/o/matchCollection/c/group/g/matchesWithinGroup?mergeCollection=b-c", "name", "b-c")]
    public async Task InvalidName_AnyCollectionPath_Gives400WithRenderMessage(string path, string part, string value)
    {
        var method = path.EndsWith("/matches", StringComparison.Ordinal) ? _api.PutAsync(path, "[]") : _api.GetAsync(path);

        var message = await RenderApi.ExpectAsync(HttpStatusCode.BadRequest, method);

        Assert.Equal($"invalid {part} '{value}' {NameRule}", message);
    }

    [Fact]
    public async Task TooLongCollectionName_Gives400()
    {
        var name = new string('n', 120);

        var message = await RenderApi.ExpectAsync(HttpStatusCode.BadRequest, _api.GetAsync($"owner/o/matchCollection/{name}/groupIds"));

        Assert.Contains("must be less than", message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("GET", "pGroupIds")]
    [InlineData("GET", "multiConsensusGroupIds")]
    [InlineData("GET", "pGroup/g/matches")]
    [InlineData("GET", "group/g/id/t")]
    [InlineData("GET", "group/g/id/t/matchesWith/h/id/u")]
    [InlineData("DELETE", "group/g/matchesWith/h")]
    [InlineData("DELETE", "pGroup/g/matches")]
    [InlineData("DELETE", "")]
    [InlineData("PUT", "pGroup/g/matchCounts")]
    public async Task MissingCollection_AnyEndpoint_Gives404WithRenderMessage(string method, string suffix)
    {
        var owner = NewOwner();
        var path = $"{CollectionPath(owner, "missing")}/{suffix}".TrimEnd('/');
        var request = method switch
        {
            "GET" => _api.GetAsync(path),
            "DELETE" => _api.DeleteAsync(path),
            _ => _api.PutAsync(path),
        };

        var message = await RenderApi.ExpectAsync(HttpStatusCode.NotFound, request);

        Assert.Equal($"match collection '{owner}__missing' does not exist", message);
    }

    [Fact]
    public async Task MissingMergeCollection_Gives404NamingIt()
    {
        var owner = await _api.ImportFixtureCollectionsAsync();

        var message = await RenderApi.ExpectAsync(
            HttpStatusCode.NotFound, _api.GetAsync($"{CollectionPath(owner, "testCollection")}/pGroup/section1/matches?mergeCollection=testCollectionB&mergeCollection=gone"));

        Assert.Equal($"match collection '{owner}__gone' does not exist", message);
    }
}
