using Render.Export.Volumes;
using Render.Model;

namespace Render.Export.Tests.Volumes;

/// <summary>
/// render's ThicknessCorrectionData: the golden values are those of render's ThicknessCorrectionDataTest
/// (render-ws-java-client, zspacing), whose z coordinates are copied here.
/// </summary>
public sealed class ThicknessCorrectionTests
{
    private static readonly string[] Small =
    [
        "4054 4054.000000000123",
        "4055 4054.926248674371",
        "4056 4055.890848802147",
        "4057 4056.8086632669383",
        "4058 4057.999999999996",
    ];

    private static readonly string[] Big =
    [
        "4099 4099.0000000000004987", "4100 4102.787808503473", "4101 4103.020253943293", "4102 4103.020353945556",
        "4103 4104.076545863985", "4104 4104.076645866249", "4105 4104.939207547616", "4106 4104.93930754988",
        "4107 4104.939407552144", "4108 4104.939507554407", "4109 4104.939607556671", "4110 4105.672175672366",
        "4111 4107.959931776086", "4112 4118.374343051017", "4113 4119.268355304987", "4114 4120.590465478949",
        "4115 4120.690465478949", "4116 4120.790465478949", "4117 4120.890465478949", "4118 4120.990465478949",
        "4119 4120.991465478949", "4120 4120.992465478949", "4121 4120.999999999996",
    ];

    [Theory]
    [InlineData(4055, 4055, 0.92, 4056)]
    [InlineData(4056, 4056, 0.88, 4057)]
    public void Interpolator_SmallCorrection_AsRendersTest(long z, long prior, double weight, long next) =>
        AssertInterpolator(ThicknessCorrection.Parse(Small, "small"), z, prior, weight, next);

    [Theory]
    [InlineData(4103, 4100, 0.09, 4101)]
    [InlineData(4104, 4102, 0.07, 4103)]
    [InlineData(4105, 4109, 0.92, 4110)]
    [InlineData(4106, 4110, 0.85, 4111)]
    [InlineData(4107, 4110, 0.42, 4111)]
    [InlineData(4108, 4111, 0.99, 4112)]
    [InlineData(4109, 4111, 0.90, 4112)]
    [InlineData(4110, 4111, 0.80, 4112)]
    [InlineData(4111, 4111, 0.71, 4112)]
    [InlineData(4118, 4111, 0.04, 4112)]
    [InlineData(4119, 4112, 0.3, 4113)]
    [InlineData(4120, 4113, 0.45, 4114)]
    public void Interpolator_BigCorrection_AsRendersTest(long z, long prior, double weight, long next) =>
        AssertInterpolator(ThicknessCorrection.Parse(Big, "big"), z, prior, weight, next);

    [Fact]
    public void Interpolator_EndsArePinnedToTheirStackZ_Identity()
    {
        var correction = ThicknessCorrection.Parse(Small, "small");

        Assert.Equal(4054, correction.FirstCorrectedZ);
        Assert.Equal(4058, correction.LastCorrectedZ);
        Assert.Equal(LayerInterpolator.Identity(4054), correction.Interpolator(4054));
        Assert.Equal(LayerInterpolator.Identity(4058), correction.Interpolator(4058));
        Assert.False(correction.Interpolator(4058).NeedsInterpolation);
    }

    [Theory]
    [InlineData(4052)]
    [InlineData(4053)]
    [InlineData(4059)]
    public void Interpolator_OutsideTheCorrectedRange_Throws(long z)
    {
        var error = Assert.Throws<ExportException>(() => ThicknessCorrection.Parse(Small, "small").Interpolator(z));

        Assert.Equal($"z {z} is outside the corrected z range 4054 to 4058", error.Message);
    }

    [Fact]
    public void Parse_UnorderedValues_NamesTheLine()
    {
        var error = Assert.Throws<ExportException>(() => ThicknessCorrection.Parse(["4055 4054.926248674371", "4056 4055.890848802147", "4053 4053.8086632669383"], "z.txt"));

        Assert.StartsWith("z coordinates file 'z.txt' line 3: out of order or duplicate corrected z 4053.8086632669383", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_DuplicateValue_NamesTheLine()
    {
        var error = Assert.Throws<ExportException>(() => ThicknessCorrection.Parse(["1 1.0", "2 1.5", "3 1.5", "4 4"], "z.txt"));

        Assert.StartsWith("z coordinates file 'z.txt' line 3: out of order or duplicate", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_CorrectedZNotANumber_NamesTheLineAndValue()
    {
        var error = Assert.Throws<ExportException>(() => ThicknessCorrection.Parse(["1 1.0", "2 two"], "z.txt"));

        Assert.Equal("z coordinates file 'z.txt' line 2: corrected z 'two' is not a number", error.Message);
    }

    [Fact]
    public void Parse_NoValueLines_SaysWhatALineIs()
    {
        var error = Assert.Throws<ExportException>(() => ThicknessCorrection.Parse(["# z coordinates", string.Empty, "z corrected"], "z.txt"));

        Assert.Equal("z coordinates file 'z.txt' has no corrected z values (lines of '[stack z] [corrected z]')", error.Message);
    }

    [Theory]
    [InlineData(new[] { "1 1.6", "2 2.5", "3 3" }, "first stack z 1 is too far from its corrected z 1.6")]
    [InlineData(new[] { "1 1", "2 2.5", "3 3.5" }, "last stack z 3 is too far from its corrected z 3.5")]
    public void Parse_EndFarFromItsStackZ_Refused(string[] lines, string message)
    {
        var error = Assert.Throws<ExportException>(() => ThicknessCorrection.Parse(lines, "z.txt"));

        Assert.Contains(message, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_LinesThatAreNotValues_SkippedAsRenderDoes()
    {
        var correction = ThicknessCorrection.Parse(["stack corrected", "1 1.0", "", "-5 9", "2\t2.25", "3 3.0   "], "z.txt");

        var interpolator = correction.Interpolator(2);

        Assert.Equal(new LayerInterpolator(1, 1.0 - (1 / 1.25), 2), interpolator);
    }

    [Fact]
    public void Load_MissingFile_NamesIt()
    {
        var path = Path.Combine(Path.GetTempPath(), $"no-such-{Guid.NewGuid():N}", "Zcoords.txt");

        var error = Assert.Throws<ExportException>(() => ThicknessCorrection.Load(path));

        Assert.StartsWith($"z coordinates file '{path}' cannot be read: ", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Limit_BoundsBeyondTheCorrection_CutToItsZRange()
    {
        var correction = ThicknessCorrection.Parse(["3 3.0", "4 4.4", "5 5.2"], "z.txt");

        var limited = correction.Limit(new Bounds(10, 20, 1, 110, 120, 9));

        Assert.Equal(new Bounds(10, 20, 3, 110, 120, 5), limited);
    }

    [Theory]
    [InlineData(3, 3, 0.3, 2)] // 3 × 0.3 + 3 × 0.7 is 2.9999999999999996 in double: truncated, as render's (int) cast
    [InlineData(100, 200, 0.25, 175)]
    [InlineData(255, 0, 0.5, 127)]
    [InlineData(0, 255, 0.0, 255)]
    public void Intensity_TruncatesTheWeightedSum(byte prior, byte next, double weight, byte expected) =>
        Assert.Equal(expected, new LayerInterpolator(1, weight, 2).Intensity(prior, next));

    private static void AssertInterpolator(ThicknessCorrection correction, long z, long prior, double weight, long next)
    {
        var interpolator = correction.Interpolator(z);

        Assert.Equal(prior, interpolator.PriorStackZ);
        Assert.Equal(weight, interpolator.PriorWeight, 0.01);
        Assert.Equal(next, interpolator.NextStackZ);
    }
}
