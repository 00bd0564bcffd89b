using Render.Imaging.Mapping;
using Render.Imaging.Sampling;

namespace Render.Imaging.Tests.Mapping;

/// <summary>
/// The mappers' vector paths must write exactly what four scalar <c>Map</c> calls write: random
/// images and rows, positions at half-pixel steps (where Java's rounding ties), near and across
/// the source edges, and targets that are empty, covered or half covered.
/// </summary>
public sealed class FourPixelMappingTests
{
    private const int Width = 23;
    private const int Height = 17;
    private const int TargetLength = 64;

    public static TheoryData<int> Seeds => [1, 2, 3, 4, 5, 6, 7, 8];

    [Theory]
    [MemberData(nameof(Seeds))]
    public void TryMapFour_GrayMapper_WritesWhatMapWrites(int seed)
    {
        var random = new Random(seed);
        var source = Pixels(random, Width * Height, seed % 2 == 0 ? 65536 : 256);
        AssertSameAsScalar(random, (target, _) => new GrayMapper<Bilinear>(source, Width, Height, target));
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void TryMapFour_GrayAlphaMapper_WritesWhatMapWrites(int seed)
    {
        var random = new Random(seed);
        var source = Pixels(random, Width * Height, seed % 2 == 0 ? 65536 : 256);
        var mask = Pixels(random, Width * Height, 256);
        for (var i = 0; i < mask.Length; i += random.Next(1, 6))
        {
            mask[i] = random.Next(2) == 0 ? (ushort)0 : (ushort)255;
        }

        AssertSameAsScalar(random, (target, targetMask) => new GrayAlphaMapper<Bilinear>(source, mask, Width, Height, target, targetMask));
    }

    private static void AssertSameAsScalar<TMapper>(Random random, Func<ushort[], byte[], TMapper> create)
        where TMapper : struct, IPixelMapper
    {
        if (!TMapper.MapsFour)
        {
            return;
        }

        var mapped = 0;
        for (var n = 0; n < 4000; n++)
        {
            var row = Row(random);
            var x = random.Next(-4, 12);
            var index = random.Next(0, TargetLength - 4);
            var (target, targetMask) = Target(random);
            var (expected, expectedMask) = ((ushort[])target.Clone(), (byte[])targetMask.Clone());
            var scalar = create(expected, expectedMask);
            for (var k = 0; k < 4; k++)
            {
                scalar.Map(row.SourceX(x + k), row.SourceY(x + k), index + k);
            }

            if (create(target, targetMask).TryMapFour(row, x, index))
            {
                mapped++;
                Assert.Equal(expected, target);
                Assert.Equal(expectedMask, targetMask);
            }
        }

        Assert.True(mapped > 1000, $"only {mapped} groups took the vector path");
    }

    /// <summary>A row of an inverse affine: random, or in half-pixel steps so that bilinear values tie at .5.</summary>
    private static InverseAffineRow Row(Random random)
    {
        if (random.Next(2) == 0)
        {
            return new InverseAffine(
                0.5 + random.NextDouble(), (random.NextDouble() - 0.5) * 0.2, random.NextDouble() * (Width - 8) - 1,
                (random.NextDouble() - 0.5) * 0.2, 1, 0).Row(random.Next(0, Height));
        }

        return new InverseAffine(0.5, 0, random.Next(-1, Width - 6) + (0.5 * random.Next(2)), 0, 0.5, 0.5 * random.Next(2)).Row(random.Next(-1, 2 * Height));
    }

    private static (ushort[] Target, byte[] Mask) Target(Random random)
    {
        var target = Pixels(random, TargetLength, 256);
        var mask = new byte[TargetLength];
        for (var i = 0; i < TargetLength; i++)
        {
            (target[i], mask[i]) = random.Next(3) switch
            {
                0 => ((ushort)0, (byte)random.Next(256)),
                1 => (target[i], (byte)255),
                _ => (target[i], (byte)random.Next(256)),
            };
        }

        return (target, mask);
    }

    private static ushort[] Pixels(Random random, int length, int range)
    {
        var pixels = new ushort[length];
        for (var i = 0; i < length; i++)
        {
            pixels[i] = (ushort)random.Next(range);
        }

        return pixels;
    }
}
