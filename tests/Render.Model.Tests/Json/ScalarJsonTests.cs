using Render.Model.Json;
using Render.Model.Rendering;
using Render.Model.Stacks;
using Render.Model.Tiles;

namespace Render.Model.Tests.Json;

/// <summary>Numbers, strings, booleans, dates and enums read as render's Jackson mapper reads them and written as it writes them.</summary>
public sealed class ScalarJsonTests
{
    [Theory]
    [InlineData(3407.0, "3407.0")]
    [InlineData(2560.0, "2560.0")]
    [InlineData(12345678.9, "1.23456789E7")]
    [InlineData(-0.5, "-0.5")]
    [InlineData(0.0001, "1.0E-4")]
    public void Write_Double_AsJavaPrintsIt(double z, string expected)
    {
        Assert.Equal($"{{\"z\":{expected}}}", RenderJson.Serialize(new SectionData(Z: z)));
    }

    [Fact]
    public void Double_NaNAndInfinity_AreQuotedAndReadBack()
    {
        var json = RenderJson.Serialize(new Bounds(MinX: double.NaN, MaxX: double.PositiveInfinity));

        Assert.Equal("{\"minX\":\"NaN\",\"maxX\":\"Infinity\"}", json);
        var bounds = RenderJson.Parse<Bounds>(json).GetValueOrThrow();
        Assert.True(double.IsNaN(bounds.MinX!.Value));
        Assert.Equal(double.PositiveInfinity, bounds.MaxX);
    }

    [Theory]
    [InlineData("\"3407.5\"", 3407.5)]
    [InlineData("\" 12 \"", 12.0)]
    [InlineData("\"1.5d\"", 1.5)]
    [InlineData("1e400", double.PositiveInfinity)]
    public void Read_DoubleFromStringOrHugeNumber_IsCoerced(string json, double expected)
    {
        Assert.Equal(expected, RenderJson.Parse<SectionData>($"{{\"z\":{json}}}").GetValueOrThrow().Z);
    }

    [Theory]
    [InlineData("2337", "2337")]
    [InlineData("3407.0", "3407.0")]
    [InlineData("true", "true")]
    [InlineData("\"s1\"", "s1")]
    public void Read_ScalarIntoStringField_KeepsItsText(string json, string expected)
    {
        Assert.Equal(expected, RenderJson.Parse<LayoutData>($"{{\"sectionId\":{json}}}").GetValueOrThrow().SectionId);
    }

    [Theory]
    [InlineData("3.7", 3)]
    [InlineData("-3.7", -3)]
    [InlineData("\"12\"", 12)]
    [InlineData("104", 104)]
    public void Read_Integer_TruncatesFractionsAndReadsStrings(string json, int expected)
    {
        Assert.Equal(expected, RenderJson.Parse<LayoutData>($"{{\"imageRow\":{json}}}").GetValueOrThrow().ImageRow);
    }

    [Theory]
    [InlineData("1e12", "out of range")]
    [InlineData("\"twelve\"", "'twelve' is not a 32-bit integer")]
    [InlineData("[1]", "expected an integer but found an array")]
    public void Read_BadInteger_SaysWhy(string json, string expected)
    {
        var error = RenderJson.Parse<LayoutData>($"{{\"imageRow\":{json}}}").Error;

        Assert.NotNull(error);
        Assert.Contains(expected, error, StringComparison.Ordinal);
        Assert.Contains("$.imageRow", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("true", true)]
    [InlineData("\"True\"", true)]
    [InlineData("\"false\"", false)]
    [InlineData("1", true)]
    [InlineData("0", false)]
    public void Read_Boolean_AcceptsJavaCoercions(string json, bool expected)
    {
        Assert.Equal(expected, RenderJson.Parse<RenderParameters>($"{{\"binaryMask\":{json}}}").GetValueOrThrow().BinaryMask);
    }

    [Fact]
    public void Read_BadBoolean_SaysWhy()
    {
        Assert.Contains("'maybe' is not a boolean", RenderJson.Parse<RenderParameters>("{\"binaryMask\":\"maybe\"}").Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Float_Quality_IsWrittenAsJavaFloat()
    {
        var json = RenderJson.Serialize(new RenderParameters(Quality: 0.9f));

        Assert.Contains("\"quality\":0.9,", json, StringComparison.Ordinal);
        Assert.Equal(0.9f, RenderJson.Parse<RenderParameters>(json).GetValueOrThrow().Quality);
    }

    [Theory]
    [InlineData("\"2015-01-02T22:33:44.555Z\"", "2015-01-02T22:33:44.555Z")]
    [InlineData("\"2021-03-04T05:06:07.00Z\"", "2021-03-04T05:06:07.000Z")]
    [InlineData("\"2021-03-04T05:06:07.5Z\"", "2021-03-04T05:06:07.005Z")]
    [InlineData("1420238024555", "2015-01-02T22:33:44.555Z")]
    [InlineData("\"2015-01-02T23:33:44+01:00\"", "2015-01-02T22:33:44.000Z")]
    public void Date_ReadAsRenderAndWrittenInGmt(string json, string expected)
    {
        var version = RenderJson.Parse<StackVersion>($"{{\"createTimestamp\":{json}}}").GetValueOrThrow();

        Assert.Equal($"{{\"createTimestamp\":\"{expected}\"}}", RenderJson.Serialize(version));
    }

    [Fact]
    public void Date_Garbage_SaysWhatIsExpected()
    {
        var error = RenderJson.Parse<StackVersion>("{\"createTimestamp\":\"yesterday\"}").Error;

        Assert.Contains("'yesterday' is not a date", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("\"READ_ONLY\"", StackState.ReadOnly)]
    [InlineData("\"OFFLINE\"", StackState.Offline)]
    [InlineData("2", StackState.ReadOnly)]
    public void Enum_JavaNameOrOrdinal_IsRead(string json, StackState expected)
    {
        var metaData = RenderJson.Parse<StackMetaData>($"{{\"stackId\":{{\"owner\":\"o\",\"project\":\"p\",\"stack\":\"s\"}},\"state\":{json}}}");

        Assert.Equal(expected, metaData.GetValueOrThrow().State);
    }

    [Fact]
    public void Enum_WrittenWithJavaName()
    {
        var json = RenderJson.Serialize(new ImageAndMask(ImageUrl: "a", ImageLoaderType: LoaderType.ImageJTiffStack, ImageSliceNumber: 2));

        Assert.Equal("{\"imageUrl\":\"a\",\"imageLoaderType\":\"IMAGEJ_TIFF_STACK\",\"imageSliceNumber\":2}", json);
    }

    [Fact]
    public void Enum_UnknownName_ListsTheNamesAllowed()
    {
        var error = RenderJson.Parse<ImageAndMask>("{\"imageLoaderType\":\"imagej_default\"}").Error;

        Assert.Equal(
            "invalid ImageAndMask JSON: 'imagej_default' is not one of IMAGEJ_DEFAULT, IMAGEJ_TIFF_STACK, H5_SLICE, N5_SLICE, IMAGEJ_COMPOSITE, DYNAMIC_MASK (at $.imageLoaderType, line 1, column 36)",
            error);
    }

    [Fact]
    public void JavaEnumNames_MapBothWays()
    {
        Assert.Equal(["LOADING", "COMPLETE", "READ_ONLY", "OFFLINE"], JavaEnumNames<StackState>.Names);
        Assert.True(JavaEnumNames<StackState>.TryParse("COMPLETE", out var state));
        Assert.Equal(StackState.Complete, state);
        Assert.False(JavaEnumNames<StackState>.TryParse("complete", out _));
        Assert.Equal("READ_ONLY", JavaEnumNames<StackState>.NameOf(StackState.ReadOnly));
    }
}
