using System.Net;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Render.Server.Tests.Harness;

namespace Render.Server.Tests.Contract;

/// <summary>
/// Stack metadata over its life: versions, the state machine and what each state allows, delete,
/// clone, rename, listings and the metadata properties.
/// </summary>
public abstract partial class StackLifecycleContract(ServerFixture server)
{
    private static readonly string[] SmallTileIds = ["t1", "t2", "t3"];

    private readonly RenderApi _api = new(server.Client);

    [Fact]
    public async Task Get_MissingStack_Gives404WithRenderMessage()
    {
        var body = await RenderApi.ExpectAsync(HttpStatusCode.NotFound, _api.GetAsync("owner/o/project/p/stack/s"));

        Assert.Equal("stack with owner 'o', project 'p', and name 's' does not exist", body);
    }

    [Fact]
    public async Task Post_NewStack_CreatesVersionZeroLoading()
    {
        var stack = RenderApi.NewStackPath();

        await _api.CreateStackAsync(stack, """{"versionNotes":"first","stackResolutionX":4.0,"stackResolutionY":4.0,"stackResolutionZ":35.0}""");

        var meta = await _api.GetJsonAsync(stack);
        Assert.Equal("LOADING", (string)meta["state"]!);
        Assert.Equal(0, (int)meta["currentVersionNumber"]!);
        Assert.Equal("first", (string)meta["currentVersion"]!["versionNotes"]!);
        Assert.Equal(35.0, (double)meta["currentVersion"]!["stackResolutionZ"]!);
        Assert.Null(meta["stats"]);
        Assert.Matches(JavaDate(), (string)meta["lastModifiedTimestamp"]!);
        var segments = stack.Split('/');
        Assert.Equal([segments[1], segments[3], segments[5]], new[] { "owner", "project", "stack" }.Select(key => (string)meta["stackId"]![key]!));
    }

    [Fact]
    public async Task Post_ExistingCompleteStack_StartsNextVersionLoadingWithoutStats()
    {
        var stack = await CreateSmallStackAsync("COMPLETE");

        await _api.CreateStackAsync(stack, """{"versionNotes":"second"}""");

        var meta = await _api.GetJsonAsync(stack);
        Assert.Equal("LOADING", (string)meta["state"]!);
        Assert.Equal(1, (int)meta["currentVersionNumber"]!);
        Assert.Equal("second", (string)meta["currentVersion"]!["versionNotes"]!);
        Assert.Null(meta["currentVersion"]!["stackResolutionX"]);
        Assert.Null(meta["stats"]);
        var tileIds = await _api.GetJsonAsync($"{stack}/tileIds");
        Assert.Equal(SmallTileIds, JsonRead.Strings(tileIds));
    }

    [Fact]
    public async Task Post_NoBody_Gives400()
    {
        var stack = RenderApi.NewStackPath();

        var body = await RenderApi.ExpectAsync(HttpStatusCode.BadRequest, _api.Client.PostAsync(stack, null));

        Assert.Equal("no stack version provided", body);
        await RenderApi.ExpectAsync(HttpStatusCode.NotFound, _api.GetAsync(stack));
    }

    [Theory]
    [InlineData("LOADING", "LOADING")]
    [InlineData("LOADING", "COMPLETE")]
    [InlineData("COMPLETE", "LOADING")]
    [InlineData("COMPLETE", "COMPLETE")]
    [InlineData("COMPLETE", "READ_ONLY")]
    [InlineData("COMPLETE", "OFFLINE")]
    [InlineData("READ_ONLY", "COMPLETE")]
    [InlineData("READ_ONLY", "READ_ONLY")]
    [InlineData("READ_ONLY", "OFFLINE")]
    [InlineData("OFFLINE", "OFFLINE")]
    public async Task SetState_AllowedTransition_Answers201AndChangesState(string from, string to)
    {
        var stack = await CreateSmallStackAsync(from);

        await RenderApi.ExpectAsync(HttpStatusCode.Created, _api.PutAsync($"{stack}/state/{to}"));

        Assert.Equal(to, (string)(await _api.GetJsonAsync(stack))["state"]!);
    }

    [Theory]
    [InlineData("LOADING", "READ_ONLY")]
    [InlineData("LOADING", "OFFLINE")]
    [InlineData("READ_ONLY", "LOADING")]
    [InlineData("OFFLINE", "LOADING")]
    [InlineData("OFFLINE", "READ_ONLY")]
    public async Task SetState_RefusedTransition_Gives400AndKeepsState(string from, string to)
    {
        var stack = await CreateSmallStackAsync(from);

        var body = await RenderApi.ExpectAsync(HttpStatusCode.BadRequest, _api.PutAsync($"{stack}/state/{to}"));

        var name = stack.Split('/')[^1];
        Assert.Equal(
            $"The {name} stack's state is currently {from} and must first be transitioned to COMPLETE before transitioning it to {to}.", body);
        Assert.Equal(from, (string)(await _api.GetJsonAsync(stack))["state"]!);
    }

    [Theory]
    [InlineData("BOGUS")]
    [InlineData("complete")]
    public async Task SetState_UnknownStateName_Gives404(string state)
    {
        var stack = await CreateSmallStackAsync("LOADING");

        await RenderApi.ExpectAsync(HttpStatusCode.NotFound, _api.PutAsync($"{stack}/state/{state}"));

        Assert.Equal("LOADING", (string)(await _api.GetJsonAsync(stack))["state"]!);
    }

    [Fact]
    public async Task SetState_MissingStack_Gives404()
    {
        var stack = RenderApi.NewStackPath();

        await RenderApi.ExpectAsync(HttpStatusCode.NotFound, _api.PutAsync($"{stack}/state/COMPLETE"));
    }

    [Fact]
    public async Task SetState_LoadingFromComplete_DropsStatsAndStartsNextVersion()
    {
        var stack = await CreateSmallStackAsync("COMPLETE");
        Assert.NotNull((await _api.GetJsonAsync(stack))["stats"]);

        await _api.SetStateAsync(stack, "LOADING");

        var meta = await _api.GetJsonAsync(stack);
        Assert.Null(meta["stats"]);
        Assert.Equal(1, (int)meta["currentVersionNumber"]!);
        await RenderApi.ExpectAsync(HttpStatusCode.BadRequest, _api.GetAsync($"{stack}/bounds"));
    }

    [Fact]
    public async Task SetState_ReadOnlyAndBackToComplete_KeepTheTimestamp()
    {
        var stack = await CreateSmallStackAsync("COMPLETE");
        var completed = (string)(await _api.GetJsonAsync(stack))["lastModifiedTimestamp"]!;
        await Task.Delay(20);

        await _api.SetStateAsync(stack, "READ_ONLY");
        var readOnly = await _api.GetJsonAsync(stack);
        await _api.SetStateAsync(stack, "COMPLETE");
        var again = await _api.GetJsonAsync(stack);

        Assert.Equal(completed, (string)readOnly["lastModifiedTimestamp"]!);
        Assert.Equal(completed, (string)again["lastModifiedTimestamp"]!);
        Assert.Equal(3, (long)again["stats"]!["tileCount"]!);
    }

    [Fact]
    public async Task SetState_Complete_DerivesStatsOfTheTiles()
    {
        var stack = await CreateSmallStackAsync("COMPLETE");

        var stats = (await _api.GetJsonAsync(stack))["stats"]!;

        Assert.Equal(3, (long)stats["tileCount"]!);
        Assert.Equal(2, (long)stats["sectionCount"]!);
        Assert.Equal([0, 0, 1, 300, 100, 2], JsonRead.Numbers(stats["stackBounds"], "minX", "minY", "minZ", "maxX", "maxY", "maxZ"));
    }

    [Fact]
    public async Task SetState_Offline_DropsTilesButKeepsMetadata()
    {
        var stack = await CreateSmallStackAsync("COMPLETE");

        await _api.SetStateAsync(stack, "OFFLINE");

        var meta = await _api.GetJsonAsync(stack);
        Assert.Equal("OFFLINE", (string)meta["state"]!);
        Assert.Equal(4.0, (double)meta["currentVersion"]!["stackResolutionX"]!);
        await RenderApi.ExpectAsync(HttpStatusCode.NotFound, _api.GetAsync($"{stack}/tile/t1"));
        Assert.Empty((await _api.GetJsonAsync($"{stack}/tileIds")).AsArray());
        Assert.Empty((await _api.GetJsonAsync($"{stack}/zValues")).AsArray());
        await RenderApi.ExpectAsync(HttpStatusCode.NotFound, _api.GetAsync($"{stack}/z/1/resolvedTiles"));
    }

    [Fact]
    public async Task ReadOnly_RefusesStackChanges_AndKeepsEverything()
    {
        var stack = await CreateSmallStackAsync("READ_ONLY");
        var before = (await _api.GetJsonAsync(stack)).ToJsonString();
        var refused = $"Data for stack {stack.Split('/')[^1]} cannot be modified because it is READ_ONLY.";

        Assert.Equal(refused, await RenderApi.ExpectAsync(HttpStatusCode.BadRequest, _api.DeleteAsync(stack)));
        Assert.Equal(refused, await RenderApi.ExpectAsync(HttpStatusCode.BadRequest, _api.PostAsync(stack, "{}")));
        Assert.Equal(refused, await RenderApi.ExpectAsync(HttpStatusCode.BadRequest, _api.PutAsync($"{stack}/resolutionValues", "[1,2,3]")));
        Assert.Equal(refused, await RenderApi.ExpectAsync(HttpStatusCode.BadRequest, _api.DeleteAsync($"{stack}/resolutionValues")));
        Assert.Equal(refused, await RenderApi.ExpectAsync(HttpStatusCode.BadRequest, _api.PutAsync($"{stack}/defaultChannel", "DAPI")));
        Assert.Equal(refused, await RenderApi.ExpectAsync(HttpStatusCode.BadRequest, _api.PutAsync($"{stack}/cycle", """{"number":1}""")));
        Assert.Equal(refused, await RenderApi.ExpectAsync(HttpStatusCode.BadRequest,
            _api.PutAsync($"{stack}/mipmapPathBuilder", """{"rootPath":"/m","numberOfLevels":1,"extension":"tif"}""")));

        Assert.Equal(before, (await _api.GetJsonAsync(stack)).ToJsonString());
        var tileIds = await _api.GetJsonAsync($"{stack}/tileIds");
        Assert.Equal(SmallTileIds, JsonRead.Strings(tileIds));
    }

    [Fact]
    public async Task ReadOnly_RefusesImport_AndWritesNothing()
    {
        var stack = await CreateSmallStackAsync("READ_ONLY");

        var body = await RenderApi.ExpectAsync(HttpStatusCode.BadRequest,
            _api.PutAsync($"{stack}/resolvedTiles", TestTiles.Collection([TestTiles.Tile("new", 1)])));

        Assert.Equal("Resolved tiles can only be saved to stacks in the LOADING state, but this stack's state is READ_ONLY.", body);
        await RenderApi.ExpectAsync(HttpStatusCode.NotFound, _api.GetAsync($"{stack}/tile/new"));
    }

    [Theory]
    [InlineData("z/1")]
    [InlineData("section/s1")]
    [InlineData("tile/t1")]
    public async Task DeleteData_CompleteStack_Gives400AndDeletesNothing(string path)
    {
        var stack = await CreateSmallStackAsync("COMPLETE");

        var body = await RenderApi.ExpectAsync(HttpStatusCode.BadRequest, _api.DeleteAsync($"{stack}/{path}"));

        Assert.Equal("stack state is COMPLETE but must be LOADING to delete data", body);
        var tileIds = await _api.GetJsonAsync($"{stack}/tileIds");
        Assert.Equal(SmallTileIds, JsonRead.Strings(tileIds));
    }

    [Theory]
    [InlineData("z/1", new[] { "t3" })]
    [InlineData("z/1.0", new[] { "t3" })]
    [InlineData("section/s1", new[] { "t3" })]
    [InlineData("section/s2", new[] { "t1", "t2" })]
    [InlineData("tile/t2", new[] { "t1", "t3" })]
    [InlineData("tile/no-such-tile", new[] { "t1", "t2", "t3" })]
    public async Task DeleteData_LoadingStack_RemovesOnlyTheAddressedTiles(string path, string[] remaining)
    {
        var stack = await CreateSmallStackAsync("LOADING");

        await RenderApi.ExpectAsync(HttpStatusCode.OK, _api.DeleteAsync($"{stack}/{path}"));

        var tileIds = await _api.GetJsonAsync($"{stack}/tileIds");
        Assert.Equal(remaining, JsonRead.Strings(tileIds));
    }

    [Fact]
    public async Task DeleteData_MissingStack_Gives404()
    {
        var stack = RenderApi.NewStackPath();

        await RenderApi.ExpectAsync(HttpStatusCode.NotFound, _api.DeleteAsync($"{stack}/z/1"));
    }

    [Theory]
    [InlineData("LOADING")]
    [InlineData("COMPLETE")]
    [InlineData("OFFLINE")]
    public async Task Delete_StackNotReadOnly_RemovesMetadataAndTiles(string state)
    {
        var stack = await CreateSmallStackAsync(state);

        await RenderApi.ExpectAsync(HttpStatusCode.OK, _api.DeleteAsync(stack));

        await RenderApi.ExpectAsync(HttpStatusCode.NotFound, _api.GetAsync(stack));
        await RenderApi.ExpectAsync(HttpStatusCode.NotFound, _api.GetAsync($"{stack}/tile/t1"));
        Assert.Empty((await _api.GetJsonAsync($"{stack}/tileIds")).AsArray());
    }

    [Fact]
    public async Task Delete_MissingStack_Answers200()
    {
        await RenderApi.ExpectAsync(HttpStatusCode.OK, _api.DeleteAsync(RenderApi.NewStackPath()));
    }

    [Fact]
    public async Task Delete_ThenRecreate_StartsEmptyAtVersionZero()
    {
        var stack = await CreateSmallStackAsync("COMPLETE");
        await RenderApi.ExpectAsync(HttpStatusCode.OK, _api.DeleteAsync(stack));

        await _api.CreateStackAsync(stack);

        Assert.Equal(0, (int)(await _api.GetJsonAsync(stack))["currentVersionNumber"]!);
        Assert.Empty((await _api.GetJsonAsync($"{stack}/tileIds")).AsArray());
    }

    [Fact]
    public async Task Clone_WithZFilter_GivesLoadingVersionZeroWithThoseTilesAndTheTransforms()
    {
        var source = await _api.CreateElasticStackAsync();
        var target = Sibling(source, Name(source) + "clone");

        await RenderApi.ExpectAsync(HttpStatusCode.Created,
            _api.PutAsync($"{source}/cloneTo/{Name(target)}?z=3903.1", """{"versionNotes":"cloned"}"""));

        var meta = await _api.GetJsonAsync(target);
        Assert.Equal("LOADING", (string)meta["state"]!);
        Assert.Equal(0, (int)meta["currentVersionNumber"]!);
        Assert.Equal("cloned", (string)meta["currentVersion"]!["versionNotes"]!);
        Assert.Null(meta["stats"]);
        var tileIds = await _api.GetJsonAsync($"{target}/tileIds");
        Assert.Equal(["reacquire_a", "reacquire_b"], JsonRead.Strings(tileIds));
        Assert.Equal("1", (string)(await _api.GetJsonAsync($"{target}/transform/1"))["id"]!);
        Assert.Equal("COMPLETE", (string)(await _api.GetJsonAsync(source))["state"]!);
        Assert.Equal(14, (await _api.GetJsonAsync($"{source}/tileIds")).AsArray().Count);
    }

    [Fact]
    public async Task Clone_SkipTransforms_CopiesTilesOnly()
    {
        var source = await _api.CreateElasticStackAsync();
        var target = Sibling(source, Name(source) + "clone");

        await RenderApi.ExpectAsync(HttpStatusCode.Created,
            _api.PutAsync($"{source}/cloneTo/{Name(target)}?z=3903&skipTransforms=true", "{}"));

        Assert.Equal(12, (await _api.GetJsonAsync($"{target}/tileIds")).AsArray().Count);
        await RenderApi.ExpectAsync(HttpStatusCode.NotFound, _api.GetAsync($"{target}/transform/1"));
    }

    [Fact]
    public async Task Clone_ToProject_CreatesTheTargetInThatProjectWithAllTiles()
    {
        var source = await _api.CreateElasticStackAsync();
        var target = RenderApi.NewStackPath(project: "otherProject", prefix: "clone");

        await RenderApi.ExpectAsync(HttpStatusCode.Created,
            _api.PutAsync($"{source}/cloneTo/{Name(target)}?toProject=otherProject", "{}"));

        Assert.Equal(14, (await _api.GetJsonAsync($"{target}/tileIds")).AsArray().Count);
        Assert.Equal("otherProject", (string)(await _api.GetJsonAsync(target))["stackId"]!["project"]!);
        await RenderApi.ExpectAsync(HttpStatusCode.NotFound, _api.GetAsync(Sibling(source, Name(target))));
    }

    [Fact]
    public async Task Clone_IntoLoadingTarget_ResetsItToVersionZero()
    {
        var source = await CreateSmallStackAsync("COMPLETE");
        var target = await CreateSmallStackAsync("LOADING");
        await _api.CreateStackAsync(target, """{"versionNotes":"v1"}""");

        await RenderApi.ExpectAsync(HttpStatusCode.Created, _api.PutAsync($"{source}/cloneTo/{Name(target)}?z=2", """{"versionNotes":"v0"}"""));

        var meta = await _api.GetJsonAsync(target);
        Assert.Equal(0, (int)meta["currentVersionNumber"]!);
        Assert.Equal("v0", (string)meta["currentVersion"]!["versionNotes"]!);
        var tileIds = await _api.GetJsonAsync($"{target}/tileIds");
        Assert.Equal(SmallTileIds, JsonRead.Strings(tileIds));
    }

    [Fact]
    public async Task Clone_IntoCompleteTarget_Gives400()
    {
        var source = await CreateSmallStackAsync("COMPLETE");
        var target = await CreateSmallStackAsync("COMPLETE");

        var body = await RenderApi.ExpectAsync(HttpStatusCode.BadRequest, _api.PutAsync($"{source}/cloneTo/{Name(target)}", "{}"));

        Assert.Equal($"Tiles cannot be cloned to stack {Name(target)} because it is COMPLETE.", body);
        Assert.Equal("COMPLETE", (string)(await _api.GetJsonAsync(target))["state"]!);
    }

    [Fact]
    public async Task Clone_MissingSource_Gives404()
    {
        var source = RenderApi.NewStackPath();

        await RenderApi.ExpectAsync(HttpStatusCode.NotFound, _api.PutAsync($"{source}/cloneTo/{Name(source)}copy", "{}"));
    }

    [Fact]
    public async Task Clone_NoVersion_Gives400()
    {
        var source = await CreateSmallStackAsync("COMPLETE");

        await RenderApi.ExpectAsync(HttpStatusCode.BadRequest, _api.PutAsync($"{source}/cloneTo/{Name(source)}copy"));

        await RenderApi.ExpectAsync(HttpStatusCode.NotFound, _api.GetAsync(Sibling(source, Name(source) + "copy")));
    }

    [Fact]
    public async Task Rename_CompleteStack_MovesMetadataAndTiles()
    {
        var source = await CreateSmallStackAsync("COMPLETE");
        var target = RenderApi.NewStackPath(project: "renamedProject", prefix: "renamed");

        await RenderApi.ExpectAsync(HttpStatusCode.OK, _api.PutAsync($"{source}/stackId", StackIdJson(target)));

        await RenderApi.ExpectAsync(HttpStatusCode.NotFound, _api.GetAsync(source));
        var meta = await _api.GetJsonAsync(target);
        Assert.Equal("COMPLETE", (string)meta["state"]!);
        Assert.Equal(3, (long)meta["stats"]!["tileCount"]!);
        Assert.Equal(Name(target), (string)meta["stackId"]!["stack"]!);
        var tileIds = await _api.GetJsonAsync($"{target}/tileIds");
        Assert.Equal(SmallTileIds, JsonRead.Strings(tileIds));
        Assert.Empty((await _api.GetJsonAsync($"{source}/tileIds")).AsArray());
    }

    [Fact]
    public async Task Rename_TargetExists_Gives400AndKeepsBoth()
    {
        var source = await CreateSmallStackAsync("LOADING");
        var target = RenderApi.NewStackPath();
        await _api.CreateStackAsync(target);

        var body = await RenderApi.ExpectAsync(HttpStatusCode.BadRequest, _api.PutAsync($"{source}/stackId", StackIdJson(target)));

        Assert.Equal($"{Described(target)} already exists", body);
        Assert.Equal(3, (await _api.GetJsonAsync($"{source}/tileIds")).AsArray().Count);
        Assert.Empty((await _api.GetJsonAsync($"{target}/tileIds")).AsArray());
    }

    [Theory]
    [InlineData("READ_ONLY")]
    [InlineData("OFFLINE")]
    public async Task Rename_ReadOnlyOrOfflineSource_Gives400(string state)
    {
        var source = await CreateSmallStackAsync(state);
        var target = RenderApi.NewStackPath();

        var body = await RenderApi.ExpectAsync(HttpStatusCode.BadRequest, _api.PutAsync($"{source}/stackId", StackIdJson(target)));

        Assert.Equal($"{Described(source)} cannot be modified because it is {state}.", body);
        await RenderApi.ExpectAsync(HttpStatusCode.NotFound, _api.GetAsync(target));
    }

    [Fact]
    public async Task Rename_MissingSource_Gives404()
    {
        var source = RenderApi.NewStackPath();

        var body = await RenderApi.ExpectAsync(HttpStatusCode.NotFound, _api.PutAsync($"{source}/stackId", StackIdJson(RenderApi.NewStackPath())));

        Assert.Equal($"{Described(source)} does not exist", body);
    }

    [Fact]
    public async Task Rename_NoTarget_Gives400()
    {
        var source = await CreateSmallStackAsync("LOADING");

        var body = await RenderApi.ExpectAsync(HttpStatusCode.BadRequest, _api.PutAsync($"{source}/stackId"));

        Assert.Equal("toStackId value must be specified", body);
    }

    [Fact]
    public async Task Listings_OwnerStacks_AreSortedByProjectThenCycleNewestFirst()
    {
        var owner = "owner" + Guid.NewGuid().ToString("N");
        var b1 = $"owner/{owner}/project/projB/stack/b1";
        var a11 = $"owner/{owner}/project/projA/stack/a11";
        var a20 = $"owner/{owner}/project/projA/stack/a20";
        var a23 = $"owner/{owner}/project/projA/stack/a23";
        await _api.CreateStackAsync(b1, """{"cycleNumber":9,"cycleStepNumber":9}""");
        await _api.CreateStackAsync(a11, """{"cycleNumber":1,"cycleStepNumber":1}""");
        await _api.CreateStackAsync(a20, """{"cycleNumber":2,"cycleStepNumber":0}""");
        await _api.CreateStackAsync(a23, """{"cycleNumber":2,"cycleStepNumber":3}""");

        var stacks = await _api.GetJsonAsync($"owner/{owner}/stacks/");
        var stackIds = await _api.GetJsonAsync($"owner/{owner}/stackIds");
        var projectStacks = await _api.GetJsonAsync($"owner/{owner}/project/projA/stacks");
        var projectStackIds = await _api.GetJsonAsync($"owner/{owner}/project/projA/stackIds");

        Assert.Equal(["a23", "a20", "a11", "b1"], stacks.AsArray().Select(stack => (string)stack!["stackId"]!["stack"]!));
        Assert.Equal(["a23", "a20", "a11", "b1"], stackIds.AsArray().Select(id => (string)id!["stack"]!));
        Assert.Equal(["a23", "a20", "a11"], projectStacks.AsArray().Select(stack => (string)stack!["stackId"]!["stack"]!));
        Assert.Equal(["a23", "a20", "a11"], projectStackIds.AsArray().Select(id => (string)id!["stack"]!));
        Assert.All(stackIds.AsArray(), id => Assert.Equal(owner, (string)id!["owner"]!));
    }

    [Fact]
    public async Task Listings_OwnersAndProjects_IncludeNewStacks()
    {
        var owner = "owner" + Guid.NewGuid().ToString("N");
        await _api.CreateStackAsync($"owner/{owner}/project/zeta/stack/s1");
        await _api.CreateStackAsync($"owner/{owner}/project/alpha/stack/s1");
        await _api.CreateStackAsync($"owner/{owner}/project/alpha/stack/s2");

        var owners = await _api.GetJsonAsync("owners");
        var projects = await _api.GetJsonAsync($"owner/{owner}/projects");

        Assert.Contains(owner, JsonRead.Strings(owners));
        Assert.Equal(["alpha", "zeta"], JsonRead.Strings(projects));
    }

    [Fact]
    public async Task Listings_UnknownOwner_AreEmpty()
    {
        var owner = "owner" + Guid.NewGuid().ToString("N");

        Assert.Empty((await _api.GetJsonAsync($"owner/{owner}/projects")).AsArray());
        Assert.Empty((await _api.GetJsonAsync($"owner/{owner}/stacks")).AsArray());
        Assert.Empty((await _api.GetJsonAsync($"owner/{owner}/stackIds")).AsArray());
        var owners = await _api.GetJsonAsync("owners");
        Assert.DoesNotContain(owner, JsonRead.Strings(owners));
    }

    [Fact]
    public async Task ResolutionValues_SetPrefixAndDelete_ChangeTheCurrentVersion()
    {
        var stack = RenderApi.NewStackPath();
        await _api.CreateStackAsync(stack);
        Assert.Equal("[4.0,4.0,35.0]", (await _api.GetJsonAsync($"{stack}/resolutionValues")).ToJsonString());

        await RenderApi.ExpectAsync(HttpStatusCode.OK, _api.PutAsync($"{stack}/resolutionValues", "[1.5,2.5]"));
        var prefix = await _api.GetJsonAsync($"{stack}/resolutionValues");
        await RenderApi.ExpectAsync(HttpStatusCode.OK, _api.DeleteAsync($"{stack}/resolutionValues"));
        var deleted = await _api.GetJsonAsync($"{stack}/resolutionValues");

        Assert.Equal([1.5, 2.5, 35.0], JsonRead.Doubles(prefix));
        Assert.Equal(3, deleted.AsArray().Count);
        Assert.All(deleted.AsArray(), Assert.Null);
        Assert.Null((await _api.GetJsonAsync(stack))["currentVersion"]!["stackResolutionX"]);
    }

    [Fact]
    public async Task MipmapPathBuilder_Unset_Gives204()
    {
        var stack = RenderApi.NewStackPath();
        await _api.CreateStackAsync(stack);

        var body = await RenderApi.ExpectAsync(HttpStatusCode.NoContent, _api.GetAsync($"{stack}/mipmapPathBuilder"));

        Assert.Empty(body);
    }

    [Fact]
    public async Task MipmapPathBuilder_Put_AppendsSlashToRootPath()
    {
        var stack = RenderApi.NewStackPath();
        await _api.CreateStackAsync(stack);

        await RenderApi.ExpectAsync(HttpStatusCode.OK,
            _api.PutAsync($"{stack}/mipmapPathBuilder", """{"rootPath":"/mipmaps","numberOfLevels":3,"extension":"tif"}"""));

        var builder = await _api.GetJsonAsync($"{stack}/mipmapPathBuilder");
        Assert.Equal("/mipmaps/", (string)builder["rootPath"]!);
        Assert.Equal(3, (int)builder["numberOfLevels"]!);
        Assert.Equal("tif", (string)builder["extension"]!);
        Assert.Equal("/mipmaps/", (string)(await _api.GetJsonAsync(stack))["currentVersion"]!["mipmapPathBuilder"]!["rootPath"]!);
    }

    [Fact]
    public async Task MipmapPathBuilder_WithoutRootPath_Gives400AndKeepsTheOldOne()
    {
        var stack = RenderApi.NewStackPath();
        await _api.CreateStackAsync(stack, """{"mipmapPathBuilder":{"rootPath":"/old/","numberOfLevels":1,"extension":"png"}}""");

        var body = await RenderApi.ExpectAsync(HttpStatusCode.BadRequest,
            _api.PutAsync($"{stack}/mipmapPathBuilder", """{"numberOfLevels":3,"extension":"tif"}"""));

        Assert.Equal("rootPath must be specified for MipmapPathBuilder", body);
        Assert.Equal("/old/", (string)(await _api.GetJsonAsync($"{stack}/mipmapPathBuilder"))["rootPath"]!);
    }

    [Fact]
    public async Task MipmapPathBuilder_Delete_GivesNoContentAfterwards()
    {
        var stack = RenderApi.NewStackPath();
        await _api.CreateStackAsync(stack, """{"mipmapPathBuilder":{"rootPath":"/old/","numberOfLevels":1,"extension":"png"}}""");

        await RenderApi.ExpectAsync(HttpStatusCode.OK, _api.DeleteAsync($"{stack}/mipmapPathBuilder"));

        await RenderApi.ExpectAsync(HttpStatusCode.NoContent, _api.GetAsync($"{stack}/mipmapPathBuilder"));
    }

    [Fact]
    public async Task DefaultChannel_IsRawTextAnd204WhenUnset()
    {
        var stack = RenderApi.NewStackPath();
        await _api.CreateStackAsync(stack);
        await RenderApi.ExpectAsync(HttpStatusCode.NoContent, _api.GetAsync($"{stack}/defaultChannel"));

        await RenderApi.ExpectAsync(HttpStatusCode.OK, _api.PutAsync($"{stack}/defaultChannel", "DAPI"));
        var set = await _api.GetTextAsync($"{stack}/defaultChannel");
        await RenderApi.ExpectAsync(HttpStatusCode.OK, _api.DeleteAsync($"{stack}/defaultChannel"));

        Assert.Equal("DAPI", set);
        await RenderApi.ExpectAsync(HttpStatusCode.NoContent, _api.GetAsync($"{stack}/defaultChannel"));
    }

    [Fact]
    public async Task MaterializedBoxRootPath_IsTrimmedRawTextAnd204WhenUnset()
    {
        var stack = RenderApi.NewStackPath();
        await _api.CreateStackAsync(stack);
        await RenderApi.ExpectAsync(HttpStatusCode.NoContent, _api.GetAsync($"{stack}/materializedBoxRootPath"));

        await RenderApi.ExpectAsync(HttpStatusCode.OK, _api.PutAsync($"{stack}/materializedBoxRootPath", "  /boxes/root  "));
        var set = await _api.GetTextAsync($"{stack}/materializedBoxRootPath");
        await RenderApi.ExpectAsync(HttpStatusCode.OK, _api.DeleteAsync($"{stack}/materializedBoxRootPath"));

        Assert.Equal("/boxes/root", set);
        await RenderApi.ExpectAsync(HttpStatusCode.NoContent, _api.GetAsync($"{stack}/materializedBoxRootPath"));
    }

    [Fact]
    public async Task Cycle_SetAndDelete_ChangeTheCurrentVersion()
    {
        var stack = RenderApi.NewStackPath();
        await _api.CreateStackAsync(stack);
        Assert.Equal("{}", (await _api.GetJsonAsync($"{stack}/cycle")).ToJsonString());

        await RenderApi.ExpectAsync(HttpStatusCode.OK, _api.PutAsync($"{stack}/cycle", """{"number":2,"stepNumber":3}"""));
        var cycle = await _api.GetJsonAsync($"{stack}/cycle");
        var version = (await _api.GetJsonAsync(stack))["currentVersion"]!;
        await RenderApi.ExpectAsync(HttpStatusCode.OK, _api.DeleteAsync($"{stack}/cycle"));

        Assert.Equal([2.0, 3.0], JsonRead.Numbers(cycle, "number", "stepNumber"));
        Assert.Equal([2.0, 3.0], JsonRead.Numbers(version, "cycleNumber", "cycleStepNumber"));
        Assert.Equal("{}", (await _api.GetJsonAsync($"{stack}/cycle")).ToJsonString());
    }

    [Fact]
    public async Task HierarchicalData_Unset_Gives204()
    {
        var stack = RenderApi.NewStackPath();
        await _api.CreateStackAsync(stack);

        await RenderApi.ExpectAsync(HttpStatusCode.NoContent, _api.GetAsync($"{stack}/hierarchicalData"));
    }

    [Fact]
    public async Task HierarchicalData_Set_IsDroppedByTheNextVersion()
    {
        var stack = RenderApi.NewStackPath();
        await _api.CreateStackAsync(stack);
        await RenderApi.ExpectAsync(HttpStatusCode.OK, _api.PutAsync($"{stack}/hierarchicalData", """{"tier":1,"scale":0.5}"""));
        var set = await _api.GetJsonAsync($"{stack}/hierarchicalData");

        await _api.CreateStackAsync(stack, "{}");

        Assert.Equal([1.0, 0.5], JsonRead.Numbers(set, "tier", "scale"));
        await RenderApi.ExpectAsync(HttpStatusCode.NoContent, _api.GetAsync($"{stack}/hierarchicalData"));
    }

    [Theory]
    [InlineData("resolutionValues")]
    [InlineData("mipmapPathBuilder")]
    [InlineData("defaultChannel")]
    [InlineData("materializedBoxRootPath")]
    [InlineData("cycle")]
    [InlineData("bounds")]
    public async Task Properties_MissingStack_Give404(string property)
    {
        var stack = RenderApi.NewStackPath();

        await RenderApi.ExpectAsync(HttpStatusCode.NotFound, _api.GetAsync($"{stack}/{property}"));
    }

    [Fact]
    public async Task LikelyUniqueId_Is24HexCharactersAndNewEachCall()
    {
        var first = await _api.GetTextAsync("likelyUniqueId");
        var second = await _api.GetTextAsync("likelyUniqueId");

        Assert.Matches(HexId(), first);
        Assert.Matches(HexId(), second);
        Assert.NotEqual(first, second);
    }

    /// <summary>
    /// A stack holding t1 (z 1, section s1, at 0,0), t2 (z 1, s1, at 100,0) and t3 (z 2, s2, at
    /// 200,0), brought to <paramref name="state"/> through allowed transitions.
    /// </summary>
    private async Task<string> CreateSmallStackAsync(string state)
    {
        var stack = RenderApi.NewStackPath();
        await _api.CreateStackAsync(stack);
        var tiles = new[] { TestTiles.Tile("t1", 1, 0), TestTiles.Tile("t2", 1, 100), TestTiles.Tile("t3", 2, 200) };
        tiles[0]["layout"] = new JsonObject { ["sectionId"] = "s1" };
        tiles[1]["layout"] = new JsonObject { ["sectionId"] = "s1" };
        tiles[2]["layout"] = new JsonObject { ["sectionId"] = "s2" };
        await _api.ImportAsync(stack, TestTiles.Collection(tiles), deriveData: false);
        if (state != "LOADING")
        {
            await _api.SetStateAsync(stack, "COMPLETE");
            if (state != "COMPLETE")
            {
                await _api.SetStateAsync(stack, state);
            }
        }

        return stack;
    }

    private static string Name(string stackPath) => stackPath.Split('/')[^1];

    /// <summary>The stack named <paramref name="name"/> in the same owner and project.</summary>
    private static string Sibling(string stackPath, string name) => $"{stackPath[..(stackPath.LastIndexOf('/') + 1)]}{name}";

    private static string StackIdJson(string stackPath)
    {
        var segments = stackPath.Split('/');
        return new JsonObject { ["owner"] = segments[1], ["project"] = segments[3], ["stack"] = segments[5] }.ToJsonString();
    }

    private static string Described(string stackPath)
    {
        var segments = stackPath.Split('/');
        return $"stack with owner '{segments[1]}', project '{segments[3]}', and name '{segments[5]}'";
    }

    [GeneratedRegex(@"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$")]
    private static partial Regex JavaDate();

    [GeneratedRegex("^[0-9a-f]{24}$")]
    private static partial Regex HexId();
}

public sealed class StackLifecycleSqliteTests(SqliteServerFixture server) : StackLifecycleContract(server), IClassFixture<SqliteServerFixture>;
public sealed class StackLifecyclePostgresTests(PostgresServerFixture server) : StackLifecycleContract(server), IClassFixture<PostgresServerFixture>;
