namespace Render.Imaging.Mapping;

/// <summary>A triangle's inverse affine, target pixel → source position, evaluated as mpicbg's <c>applyInverseInPlace</c>.</summary>
internal readonly record struct InverseAffine(double M00, double M01, double M02, double M10, double M11, double M12)
{
    /// <summary>The affine along target row <paramref name="y"/>, with the products of y computed once.</summary>
    public InverseAffineRow Row(int y) => new(M00, y * M01, M02, M10, y * M11, M12);
}
