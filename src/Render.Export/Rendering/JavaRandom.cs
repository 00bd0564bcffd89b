namespace Render.Export.Rendering;

/// <summary>
/// java.util.Random's documented 48-bit linear congruential generator (seed scrambled with
/// 0x5DEECE66D, next = seed × 0x5DEECE66D + 0xB mod 2^48), for values that must equal render's.
/// </summary>
internal sealed class JavaRandom(long seed)
{
    private const long Multiplier = 0x5DEECE66DL;
    private const long Mask = (1L << 48) - 1;

    private long _seed = (seed ^ Multiplier) & Mask;

    /// <summary>Random.nextInt().</summary>
    public int NextInt() => Next(32);

    /// <summary>Random.nextInt(bound): uniform in [0, bound), rejecting the uneven tail as Java does.</summary>
    public int NextInt(int bound)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(bound);
        if ((bound & -bound) == bound)
        {
            return (int)((bound * (long)Next(31)) >> 31);
        }

        int bits, value;
        do
        {
            bits = Next(31);
            value = bits % bound;
        }
        while (unchecked(bits - value + (bound - 1)) < 0);
        return value;
    }

    private int Next(int bits)
    {
        _seed = unchecked((_seed * Multiplier) + 0xBL) & Mask;
        return unchecked((int)((ulong)_seed >> (48 - bits)));
    }
}
