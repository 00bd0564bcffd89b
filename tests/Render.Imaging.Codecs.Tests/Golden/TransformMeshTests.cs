using Render.Imaging.Codecs.Decoding;
using Render.Imaging.Mapping;
using Render.Imaging.Pixels;
using Render.Imaging.Rendering;
using Render.Model.Tiles;
using Xunit.Abstractions;

namespace Render.Imaging.Codecs.Tests.Golden;

/// <summary>
/// render's TransformMeshTest: one 2650×2260 tile with a mask, mapped through its affine onto a
/// same-size 8-bit target with the alpha mapper, sampled every 200 pixels. The full-size source
/// tile (col0075_row0021_cam1.png) is not in the reference snapshot, so it is re-created here by
/// doubling its level-1 mipmap (pixel replication): the masked-out border (the zeros of the table)
/// must match exactly, the interior only within the error the lost resolution brings (measured:
/// mean 2.4, max 8 grey levels over the 120 interior samples; allowed: mean 4, max 12).
/// </summary>
public sealed class TransformMeshTests(ITestOutputHelper output)
{
    private const int Width = 2650;
    private const int Height = 2260;

    private static readonly int[][] Expected =
    [
        [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0],
        [0, 135, 107, 118, 126, 171, 103, 189, 129, 178, 130, 0],
        [0, 100, 151, 122, 122, 105, 169, 155, 179, 126, 131, 0],
        [0, 149, 100, 107, 185, 130, 163, 138, 189, 187, 194, 0],
        [0, 179, 153, 168, 171, 181, 128, 119, 132, 195, 113, 0],
        [0, 129, 150, 118, 179, 93, 185, 135, 78, 106, 185, 0],
        [0, 136, 164, 136, 184, 167, 184, 150, 182, 143, 172, 0],
        [0, 120, 134, 140, 67, 92, 76, 112, 178, 96, 185, 0],
        [0, 101, 81, 171, 138, 117, 147, 145, 162, 114, 97, 0],
        [0, 131, 157, 173, 170, 81, 157, 148, 177, 173, 160, 0],
        [0, 142, 101, 93, 90, 131, 139, 127, 173, 185, 150, 0],
        [0, 166, 161, 105, 165, 109, 165, 155, 92, 152, 154, 0],
        [0, 169, 89, 87, 163, 162, 142, 109, 177, 155, 104, 0],
        [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0],
    ];

    [Fact]
    public void MapWithAlpha_AffineTile_ReproducesTheSampledPixelTable()
    {
        var source = Doubled(ImageDecoder.Decode(File.ReadAllBytes(Fixtures.File("stitch-test/col0075_row0021_cam1.png_level_1_mipmap.png"))));
        var mask = RasterConversion.ToMask(ImageDecoder.Decode(File.ReadAllBytes(Fixtures.File("stitch-test/test_mask.jpg"))));
        var transform = new TileSpec(Transforms: Fixtures.Tiles("stitch-test/test_4_tiles_level_1.json")[0].Transforms).BuildTransformList();
        var mesh = RenderMesh.Create(transform, (int)((Width / 64.0) + 0.5), Width, Height);
        using var canvas = Canvas.Create(PixelKind.Gray8, Width, Height, withMask: true);

        TileMapper.Map(mesh, source, mask, canvas, interpolate: true, binaryMask: false, threads: 2);

        Assert.Equal(5989000, canvas.Width * canvas.Height);
        var differences = new List<int>();
        for (var i = 0; i < Expected.Length; i++)
        {
            for (var j = 0; j < Expected[i].Length; j++)
            {
                var actual = canvas.Image.Gray![200 * i, 200 * j];
                if (Expected[i][j] == 0)
                {
                    Assert.Equal(0, actual);
                }
                else
                {
                    Assert.NotEqual(0, actual);
                    differences.Add(Math.Abs(actual - Expected[i][j]));
                }
            }
        }

        output.WriteLine($"interior: mean |difference| {differences.Average():F1}, max {differences.Max()} over {differences.Count} samples");
        Assert.True(differences.Average() <= 4 && differences.Max() <= 12, $"mean difference {differences.Average()}, max {differences.Max()}");
    }

    private static Raster Doubled(Raster level1)
    {
        var full = Raster.Allocate(PixelKind.Gray8, Width, Height);
        for (var y = 0; y < Height; y++)
        {
            for (var x = 0; x < Width; x++)
            {
                full.Gray![x, y] = level1.Gray![Math.Min(x / 2, level1.Width - 1), Math.Min(y / 2, level1.Height - 1)];
            }
        }

        return full;
    }
}
