namespace Render.Imaging.Output;

/// <summary>
/// The 8-bit multiply and divide tables Java2D composites with (OpenJDK's AlphaMath
/// <c>mul8table</c>/<c>div8table</c>): mul8(a, b) ≈ a·b/255 and div8(a, b) ≈ b·255/a, both
/// rounded through 24-bit fixed point. render's outputs pass through them when drawn with SrcOver.
/// </summary>
internal static class AlphaTables
{
    private static readonly byte[] Mul8Table = BuildMul8();
    private static readonly byte[] Div8Table = BuildDiv8();

    /// <summary>a·b/255, rounded as Java2D does.</summary>
    public static int Mul8(int a, int b) => Mul8Table[(a << 8) | b];

    /// <summary>b·255/a (255 when b ≥ a), rounded as Java2D does.</summary>
    public static int Div8(int a, int b) => Div8Table[(a << 8) | b];

    private static byte[] BuildMul8()
    {
        var table = new byte[256 * 256];
        for (var i = 1; i < 256; i++)
        {
            var increment = 0x10101u * (uint)i;
            var value = increment + (1u << 23);
            for (var j = 1; j < 256; j++)
            {
                table[(i << 8) | j] = (byte)(value >> 24);
                value += increment;
            }
        }

        return table;
    }

    private static byte[] BuildDiv8()
    {
        var table = new byte[256 * 256];
        for (var j = 0; j < 256; j++)
        {
            // Dividing by 0 is taken as dividing by 1 (Java2D fills row 0 with 255s the same way as b ≥ a).
            table[j] = 255;
        }

        for (var i = 1; i < 256; i++)
        {
            var increment = ((0xffu << 24) + (uint)(i / 2)) / (uint)i;
            var value = 1u << 23;
            for (var j = 0; j < i; j++)
            {
                table[(i << 8) | j] = (byte)(value >> 24);
                value += increment;
            }

            for (var j = i; j < 256; j++)
            {
                table[(i << 8) | j] = 255;
            }
        }

        return table;
    }
}
