namespace Render.Export.Volumes;

/// <summary>
/// How one exported layer is made from the stack's layers under a thickness correction (render's
/// ThicknessCorrectionData.LayerInterpolator): the layer <see cref="PriorStackZ"/> weighted by
/// <see cref="PriorWeight"/> plus the layer <see cref="NextStackZ"/> weighted by the rest.
/// </summary>
/// <param name="PriorStackZ">The stack layer just before the corrected z.</param>
/// <param name="PriorWeight">The prior layer's weight, 0 to 1.</param>
/// <param name="NextStackZ">The stack layer just after the corrected z (the prior one when nothing is interpolated).</param>
public readonly record struct LayerInterpolator(long PriorStackZ, double PriorWeight, long NextStackZ)
{
    /// <summary>The identity: the layer is the stack's layer <paramref name="stackZ"/> as it is.</summary>
    public static LayerInterpolator Identity(long stackZ) => new(stackZ, 1.0, stackZ);

    /// <summary>
    /// True when two layers are blended; as render, only when the prior stack z is below the next one
    /// (a correction file whose stack z values go down uses the prior layer alone).
    /// </summary>
    public bool NeedsInterpolation => PriorStackZ < NextStackZ;

    /// <summary>
    /// An 8-bit pixel of the exported layer: render computes <c>prior × w + next × (1 − w)</c> in double
    /// and truncates it to an int (ByteProcessor.set), so 199.99999 is 199, as there.
    /// </summary>
    public byte Intensity(byte prior, byte next) => (byte)(int)((prior * PriorWeight) + (next * (1 - PriorWeight)));

    /// <summary>Blends two rendered layers of the same size into <paramref name="target"/>.</summary>
    public void Blend(ReadOnlySpan<byte> prior, ReadOnlySpan<byte> next, Span<byte> target)
    {
        for (var i = 0; i < target.Length; i++)
        {
            target[i] = Intensity(prior[i], next[i]);
        }
    }
}
