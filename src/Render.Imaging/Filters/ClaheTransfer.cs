namespace Render.Imaging.Filters;

/// <summary>
/// mpicbg's CLAHE histogram arithmetic (<c>mpicbg.ij.clahe.Util</c>): clipping a block histogram
/// at the slope's limit and handing the clipped counts back out evenly, and the cumulative
/// transfer from the first occupied bin, as floats.
/// </summary>
internal static class ClaheTransfer
{
    /// <summary>mpicbg's <c>roundPos(v / 255f · bins)</c>: the histogram bin of an 8-bit value.</summary>
    public static int Bin(int value, int bins) => (int)((value / 255.0f * bins) + 0.5f);

    /// <summary>
    /// <c>clipHistogram</c>: counts above <paramref name="limit"/> are cut, their total spread over all bins
    /// (the remainder one each to every s-th bin from s/2), repeated until the cut total stops changing.
    /// </summary>
    public static void Clip(int[] histogram, int[] clipped, int limit)
    {
        Array.Copy(histogram, clipped, histogram.Length);
        int cut = 0, cutBefore;
        do
        {
            cutBefore = cut;
            cut = 0;
            for (var i = 0; i < clipped.Length; i++)
            {
                var excess = clipped[i] - limit;
                if (excess > 0)
                {
                    cut += excess;
                    clipped[i] = limit;
                }
            }

            var share = cut / clipped.Length;
            var remainder = cut % clipped.Length;
            for (var i = 0; i < clipped.Length; i++)
            {
                clipped[i] += share;
            }

            if (remainder != 0)
            {
                var step = (clipped.Length - 1) / remainder;
                for (var i = step / 2; i < clipped.Length; i += step)
                {
                    clipped[i]++;
                }
            }
        }
        while (cut != cutBefore);
    }

    /// <summary><c>createTransfer</c>: the whole clipped, normalised cumulative histogram as a table.</summary>
    public static float[] Table(int[] histogram, int limit)
    {
        var cdfs = new int[histogram.Length];
        Clip(histogram, cdfs, limit);
        var first = FirstOccupied(cdfs);
        var cdf = 0;
        for (var i = first; i < cdfs.Length; i++)
        {
            cdf += cdfs[i];
            cdfs[i] = cdf;
        }

        int cdfMin = cdfs[first], cdfMax = cdfs[^1];
        var transfer = new float[cdfs.Length];
        for (var i = 0; i < transfer.Length; i++)
        {
            transfer[i] = (cdfs[i] - cdfMin) / (float)(cdfMax - cdfMin);
        }

        return transfer;
    }

    /// <summary><c>transferValue</c>: the clipped, normalised cumulative histogram at one bin.</summary>
    public static float Value(int bin, int[] histogram, int[] clipped, int limit)
    {
        Clip(histogram, clipped, limit);
        var first = FirstOccupied(clipped);
        var cdf = 0;
        for (var i = first; i <= bin; i++)
        {
            cdf += clipped[i];
        }

        var cdfMax = cdf;
        for (var i = bin + 1; i < clipped.Length; i++)
        {
            cdfMax += clipped[i];
        }

        var cdfMin = clipped[first];
        return (cdf - cdfMin) / (float)(cdfMax - cdfMin);
    }

    /// <summary>The first bin with a count (the last bin when none has).</summary>
    private static int FirstOccupied(int[] counts)
    {
        for (var i = 0; i < counts.Length - 1; i++)
        {
            if (counts[i] != 0)
            {
                return i;
            }
        }

        return counts.Length - 1;
    }
}
