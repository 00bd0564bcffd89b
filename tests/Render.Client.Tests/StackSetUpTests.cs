using Render.Client.Tests.Harness;
using Render.Model.Stacks;

namespace Render.Client.Tests;

/// <summary>
/// Setting up result stacks as render's pipeline clients do, over real HTTP: a stack derived from
/// another (render's <c>setupDerivedStack</c>), a clone with the source's version, the mipmap path
/// builder and resolution values changed one at a time.
/// </summary>
public sealed class StackSetUpTests(ClientServerFixture fixture) : IClassFixture<ClientServerFixture>
{
    private static readonly MipmapPathBuilder Mipmaps = new("/nrs/mipmaps/", 5, "tif");

    private readonly RenderClient _client = fixture.Client;

    [Fact]
    public async Task SetUpDerivedAsync_MissingStack_IsCreatedLoadingWithTheSourcesResolutionAndMipmaps()
    {
        var source = await SourceAsync("derivedSource");
        var derived = fixture.NewStackId("derived");

        var meta = await _client.Stacks.SetUpDerivedAsync(await _client.Stacks.GetMetaDataAsync(source), derived);

        Assert.Equal(derived, meta.StackId);
        Assert.Equal(StackState.Loading, meta.State);
        Assert.Equal((4.0, 4.0, 35.0), (meta.CurrentVersion!.StackResolutionX, meta.CurrentVersion.StackResolutionY, meta.CurrentVersion.StackResolutionZ));
        Assert.Equal(Mipmaps, meta.CurrentVersion.MipmapPathBuilder);
        Assert.StartsWith("derived from ", meta.CurrentVersion.VersionNotes, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SetUpDerivedAsync_CompleteStackWithoutResolution_IsGivenTheSourcesAndSetLoading()
    {
        var source = await SourceAsync("fillSource");
        var derived = fixture.NewStackId("fill");
        await fixture.CompleteExample1Async(derived, new StackVersion(VersionNotes: "mine"));

        var meta = await _client.Stacks.SetUpDerivedAsync(await _client.Stacks.GetMetaDataAsync(source), derived);

        Assert.Equal(StackState.Loading, meta.State);
        Assert.Equal("mine", meta.CurrentVersion!.VersionNotes);
        Assert.Equal(35.0, meta.CurrentVersion.StackResolutionZ);
        Assert.Equal(Mipmaps, meta.CurrentVersion.MipmapPathBuilder);
    }

    [Fact]
    public async Task SetUpDerivedAsync_ReadOnlyStack_IsRefused()
    {
        var source = await SourceAsync("readOnlySource");
        var derived = fixture.NewStackId("readOnly");
        await fixture.CompleteExample1Async(derived, new StackVersion());
        await _client.Stacks.SetStateAsync(derived, StackState.ReadOnly);

        var error = await Assert.ThrowsAsync<InvalidOperationException>(
            () => _client.Stacks.SetUpDerivedAsync(new StackMetaData(source, CurrentVersion: new StackVersion()), derived));

        Assert.Contains("READ_ONLY", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CloneAsync_WithTheSourcesVersion_KeepsItsResolutionAndMipmaps()
    {
        var source = await SourceAsync("cloneSource");
        var clone = fixture.NewStackId("clone");
        var version = (await _client.Stacks.GetMetaDataAsync(source)).CurrentVersion;

        await _client.Stacks.CloneAsync(source, clone, new CloneStackOptions(Version: version));

        var meta = await _client.Stacks.GetMetaDataAsync(clone);
        Assert.Equal(StackState.Loading, meta.State);
        Assert.Equal(4.0, meta.CurrentVersion!.StackResolutionX);
        Assert.Equal(Mipmaps, meta.CurrentVersion.MipmapPathBuilder);
    }

    [Fact]
    public async Task MipmapPathBuilder_SetReadAndDeleted_RoundTrips()
    {
        var stackId = fixture.NewStackId("mipmaps");
        await _client.Stacks.CreateAsync(stackId, new StackVersion());
        Assert.Null(await _client.Stacks.GetMipmapPathBuilderAsync(stackId));

        await _client.Stacks.SetMipmapPathBuilderAsync(stackId, Mipmaps);
        Assert.Equal(Mipmaps, await _client.Stacks.GetMipmapPathBuilderAsync(stackId));
        Assert.Equal(Mipmaps, (await _client.Stacks.GetMetaDataAsync(stackId)).CurrentVersion!.MipmapPathBuilder);

        await _client.Stacks.DeleteMipmapPathBuilderAsync(stackId);
        Assert.Null(await _client.Stacks.GetMipmapPathBuilderAsync(stackId));
    }

    [Fact]
    public async Task SetResolutionValuesAsync_ChangesTheCurrentVersion()
    {
        var stackId = fixture.NewStackId("resolution");
        await _client.Stacks.CreateAsync(stackId, new StackVersion());

        await _client.Stacks.SetResolutionValuesAsync(stackId, [8.0, 8.0, null]);

        var version = (await _client.Stacks.GetMetaDataAsync(stackId)).CurrentVersion!;
        Assert.Equal((8.0, 8.0, (double?)null), (version.StackResolutionX, version.StackResolutionY, version.StackResolutionZ));
    }

    private Task<StackId> SourceAsync(string prefix) =>
        fixture.NewExample1StackAsync(prefix, new StackVersion(StackResolutionX: 4, StackResolutionY: 4, StackResolutionZ: 35, MipmapPathBuilder: Mipmaps));
}
