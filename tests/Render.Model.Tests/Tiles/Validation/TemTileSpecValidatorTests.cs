using Render.Model.Tiles;
using Render.Model.Tiles.Validation;

namespace Render.Model.Tests.Tiles.Validation;

/// <summary>render's TemTileSpecValidator: its defaults, its data string and its messages, word for word.</summary>
public sealed class TemTileSpecValidatorTests
{
    private static TileSpec Tile(double minX = 100, double minY = 200, double maxX = 2148, double maxY = 2248, double? z = 1) => new(
        TileId: "t1", Z: z, MinX: minX, MinY: minY, MaxX: maxX, MaxY: maxY,
        MipmapLevels: MipmapLevelDictionary.Of(0, new ImageAndMask("file:/data/t1.tif")));

    [Fact]
    public void Validate_TileInsideTheLimits_IsValid() => Assert.Null(new TemTileSpecValidator().Validate(Tile()));

    [Theory]
    [InlineData(-1, 0, 600, 600, "invalid minX of -1.0")]
    [InlineData(0, -0.5, 600, 600, "invalid minY of -0.5")]
    [InlineData(399_000, 0, 400_001, 600, "invalid maxX of 400001.0")]
    [InlineData(0, 399_000, 600, 400_001, "invalid maxY of 400001.0")]
    [InlineData(0, 0, 499, 600, "invalid width of 499.0")]
    [InlineData(0, 0, 600, 5_001, "invalid height of 5001.0")]
    public void Validate_BoxOutsideRendersDefaults_SaysWhatAsRenderDoes(double minX, double minY, double maxX, double maxY, string problem)
    {
        var message = new TemTileSpecValidator().Validate(Tile(minX, minY, maxX, maxY));

        Assert.StartsWith($"{problem} derived for tileId 't1', bounds are [", message, StringComparison.Ordinal);
        Assert.Contains("] with transforms ", message, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_NoZ_IsInvalid() =>
        Assert.Equal("z value is missing for tileId 't1'", new TemTileSpecValidator().Validate(Tile(z: null)));

    [Fact]
    public void Validate_NoMipmapLevels_FailsCoreValidation() =>
        Assert.Equal(
            "core validation failed for tileId 't1', cause: tile 't1' does not contain any mipmapLevel elements",
            new TemTileSpecValidator().Validate(Tile() with { MipmapLevels = MipmapLevelDictionary.Empty }));

    [Fact]
    public void Validate_FileCheckFindsAProblem_FailsCoreValidationWithIt()
    {
        var validator = new TemTileSpecValidator(files: (url, context) => $"cannot find {context} file '{url[5..]}'");

        Assert.Equal("core validation failed for tileId 't1', cause: cannot find imageUrl file '/data/t1.tif'", validator.Validate(Tile()));
    }

    [Fact]
    public void Parse_RenderPythonsData_SetsEachValueAndWritesItBack()
    {
        var validator = TemTileSpecValidator.Parse("minCoordinate:-500,maxCoordinate:100000,minSize:500,maxSize:10000");

        Assert.Equal((-500.0, 100_000.0, 500.0, 10_000.0), (validator.MinCoordinate, validator.MaxCoordinate, validator.MinSize, validator.MaxSize));
        Assert.Equal("minCoordinate:-500.0,maxCoordinate:100000.0,minSize:500.0,maxSize:10000.0", validator.ToDataString());
        Assert.Null(validator.Validate(Tile(-400, -400, 8000, 8000)));
    }

    [Fact]
    public void Parse_Subset_KeepsRendersDefaultsForTheRest()
    {
        var validator = TemTileSpecValidator.Parse("maxSize:9000");

        Assert.Equal((0.0, 400_000.0, 500.0, 9_000.0), (validator.MinCoordinate, validator.MaxCoordinate, validator.MinSize, validator.MaxSize));
    }

    [Fact]
    public void Parse_NotANumber_Throws() =>
        Assert.Throws<ArgumentException>(() => TemTileSpecValidator.Parse("minSize:big"));

    [Theory]
    [InlineData("org.janelia.alignment.spec.validator.TemTileSpecValidator")]
    [InlineData("TemTileSpecValidator")]
    public void Create_RendersClassName_IsTheTemValidator(string name) =>
        Assert.IsType<TemTileSpecValidator>(TileSpecValidators.Create(name, null));

    [Fact]
    public void Create_NoClass_IsNoValidator() => Assert.Null(TileSpecValidators.Create(null, "minSize:1"));

    [Fact]
    public void Create_UnknownClass_ThrowsNamingTheSupportedOne()
    {
        var error = Assert.Throws<ArgumentException>(() => TileSpecValidators.Create("org.janelia.alignment.spec.validator.WarpedTileSpecValidator", null));

        Assert.Contains("TemTileSpecValidator", error.Message, StringComparison.Ordinal);
    }
}
