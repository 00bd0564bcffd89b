using Render.Imaging.Filters;
using Render.Imaging.Pixels;
using Render.Model;
using Render.Model.Rendering;
using Render.Model.Tiles;

namespace Render.Imaging.Tests.Filters;

public sealed class FilterChainTests
{
    private static readonly FilterSpec Median = FilterRegistryTests.Spec(Rank.JavaClassName, ("radius", "1"), ("filterType", "4"));
    private static readonly FilterSpec Equalize = FilterRegistryTests.Spec(EqualizeHistogram.JavaClassName, ("saturatedPixels", "0"));

    [Fact]
    public void For_DoFilterWithoutSpecs_IsTheDefaultBank()
    {
        var filters = new FilterChain(new Random(1)).For(new RenderParameters(DoFilter: true), null);

        Assert.Equal([typeof(ValueToNoise), typeof(ValueToNoise), typeof(NormalizeLocalContrast)], filters.Select(f => f.GetType()));
    }

    [Fact]
    public void For_ChannelFilterThenRequestSpecs_InThatOrder()
    {
        var filters = new FilterChain(new Random(1)).For(new RenderParameters(DoFilter: true, FilterSpecs: [Equalize]), Median);

        Assert.Equal([typeof(Rank), typeof(EqualizeHistogram)], filters.Select(f => f.GetType()));
    }

    [Fact]
    public void For_NothingAsked_IsEmpty() =>
        Assert.Empty(new FilterChain(new Random(1)).For(new RenderParameters(), null));

    [Fact]
    public void Apply_Filters_WorkOnACopyAtTheMipmapScale()
    {
        var shared = Images.Gray8(5, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 9, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);

        // Radius 1 at level 1 is round(0.5) = 1 again: a 3×3 maximum.
        var filtered = FilterChain.Apply(shared, [new Rank(1, RankFilterType.Max)], DisplayRange.Default8Bit, level: 1);

        Assert.NotSame(shared, filtered);
        Assert.Equal(9, Images.Values(shared).Sum());
        Assert.Equal(81, Images.Values(filtered).Sum());
    }

    [Fact]
    public void Validate_UnknownClassInATileChannel_IsRefused()
    {
        var tile = new TileSpec(TileId: "t", Channels: [new ChannelSpec(Name: "DAPI", FilterSpec: new FilterSpec("no.such.Filter"))]);

        var exception = Assert.Throws<RenderInputException>(() => FilterChain.Validate(new RenderParameters(TileSpecs: [tile])));

        Assert.Contains("no.such.Filter", exception.Message, StringComparison.Ordinal);
    }
}
