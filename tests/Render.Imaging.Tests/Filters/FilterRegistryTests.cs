using Render.Imaging.Filters;
using Render.Model;
using Render.Model.Rendering;

namespace Render.Imaging.Tests.Filters;

public sealed class FilterRegistryTests
{
    private static readonly Random Seeded = new(7);

    [Fact]
    public void Create_NormalizeLocalContrastSpec_ReadsItsParameters()
    {
        var spec = Spec(NormalizeLocalContrast.JavaClassName, ("blockRadiusX", "500"), ("blockRadiusY", "400"), ("meanFactor", "3.0"), ("center", "true"), ("stretch", "FALSE"));

        var filter = Assert.IsType<NormalizeLocalContrast>(FilterRegistry.Create(spec, Seeded));

        Assert.Equal((500, 400, 3f, true, false), (filter.BlockRadiusX, filter.BlockRadiusY, filter.MeanFactor, filter.Center, filter.Stretch));
    }

    [Fact]
    public void Create_EachKnownClass_BuildsItsFilter()
    {
        Assert.IsType<ValueToNoise>(FilterRegistry.Create(Spec(ValueToNoise.JavaClassName, ("value", "0.0"), ("min", "64.0"), ("max", "191.0")), Seeded));
        Assert.IsType<Rank>(FilterRegistry.Create(Spec(Rank.JavaClassName, ("radius", "2.5"), ("filterType", "4")), Seeded));
        Assert.IsType<EqualizeHistogram>(FilterRegistry.Create(Spec(EqualizeHistogram.JavaClassName, ("saturatedPixels", "0.4")), Seeded));
        Assert.IsType<Clahe>(FilterRegistry.Create(Spec(Clahe.JavaClassName, ("fast", "true"), ("blockRadius", "500"), ("bins", "256"), ("slope", "2.5")), Seeded));
    }

    [Fact]
    public void Create_UnknownClass_IsRefusedNamingIt()
    {
        var exception = Assert.Throws<RenderInputException>(() => FilterRegistry.Create(Spec("org.janelia.alignment.filter.Sharpen"), Seeded));

        Assert.Contains("filter class 'org.janelia.alignment.filter.Sharpen' cannot be found", exception.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("blockRadiusY", "'blockRadiusY' is not defined")]
    [InlineData("center", "'center' is not defined")]
    public void Create_MissingParameter_IsRefusedNamingIt(string missing, string message)
    {
        (string, string)[] all = [("blockRadiusX", "5"), ("blockRadiusY", "5"), ("meanFactor", "3"), ("center", "true"), ("stretch", "true")];

        var exception = Assert.Throws<RenderInputException>(() =>
            FilterRegistry.Create(Spec(NormalizeLocalContrast.JavaClassName, [.. all.Where(p => p.Item1 != missing)]), Seeded));

        Assert.Contains(message, exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Create_IntegerParameterWithFraction_IsRefusedAsJavasParseIntDoes()
    {
        var spec = Spec(NormalizeLocalContrast.JavaClassName, ("blockRadiusX", "500.0"), ("blockRadiusY", "5"), ("meanFactor", "3"), ("center", "true"), ("stretch", "true"));

        var exception = Assert.Throws<RenderInputException>(() => FilterRegistry.Create(spec, Seeded));

        Assert.Contains("failed to parse 'blockRadiusX' parameter", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void DefaultFilters_AreRendersAdHocBank()
    {
        var filters = FilterRegistry.DefaultFilters(Seeded);

        Assert.Collection(
            filters,
            f => Assert.Equal((0.0, 64.0, 191.0), Noise(f)),
            f => Assert.Equal((255.0, 64.0, 191.0), Noise(f)),
            f => Assert.Equal((500, 500, 3f, true, true), Contrast(f)));
    }

    internal static FilterSpec Spec(string className, params (string Name, string Value)[] parameters) =>
        new(className, parameters.ToDictionary(p => p.Name, p => p.Value, StringComparer.Ordinal));

    private static (double, double, double) Noise(IImageFilter filter) =>
        filter is ValueToNoise noise ? (noise.Value, noise.Min, noise.Max) : throw new InvalidOperationException(filter.GetType().Name);

    private static (int, int, float, bool, bool) Contrast(IImageFilter filter) =>
        filter is NormalizeLocalContrast nlc ? (nlc.BlockRadiusX, nlc.BlockRadiusY, nlc.MeanFactor, nlc.Center, nlc.Stretch) : throw new InvalidOperationException();
}
