using Render.Export.Mipmaps;
using Render.Model.Stacks;

namespace Render.Export.Tests.Mipmaps;

/// <summary>render's updateMipmapPathBuilderForStack.</summary>
public sealed class MipmapPathBuilderUpdateTests
{
    private static readonly MipmapPathBuilder Generated = new("/m/", 4, "tif");

    [Fact]
    public void For_NoBuilder_SavesTheNewOne() => Assert.Equal(Generated, MipmapPathBuilderUpdate.For(null, Generated).Builder);

    [Fact]
    public void For_SameRootFewerLevels_SavesTheNewOne() => Assert.Equal(Generated, MipmapPathBuilderUpdate.For(Generated with { NumberOfLevels = 2 }, Generated).Builder);

    [Fact]
    public void For_SameRootSameLevels_SavesNothing() => Assert.Null(MipmapPathBuilderUpdate.For(Generated with { NumberOfLevels = 6 }, Generated).Builder);

    [Fact]
    public void For_OtherRoot_KeepsTheCurrentOne() => Assert.Null(MipmapPathBuilderUpdate.For(Generated with { RootPath = "/other/" }, Generated).Builder);
}
