using Render.Geometry.Transforms;

namespace Render.Model.Transforms;

/// <summary>
/// A blend of two specs: a point p maps to (1 - <see cref="Lambda"/>)·A(p) + <see cref="Lambda"/>·B(p)
/// (mpicbg's <c>InterpolatedCoordinateTransform</c>).
/// </summary>
public sealed record InterpolatedTransformSpec : TransformSpec
{
    /// <summary>The JSON <c>type</c> of an interpolated spec.</summary>
    public const string TypeName = "interpolated";

    /// <summary>Creates an interpolated spec.</summary>
    public InterpolatedTransformSpec(TransformSpec a, TransformSpec b, double lambda)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        A = a;
        B = b;
        Lambda = lambda;
    }

    /// <summary>The spec weighted by 1 - lambda.</summary>
    public TransformSpec A { get; init; }

    /// <summary>The spec weighted by lambda.</summary>
    public TransformSpec B { get; init; }

    /// <summary>The blend factor.</summary>
    public double Lambda { get; init; }

    /// <inheritdoc/>
    public override string Type => TypeName;

    /// <inheritdoc/>
    public override bool IsFullyResolved => A.IsFullyResolved && B.IsFullyResolved;

    /// <inheritdoc/>
    public override ICoordinateTransform BuildTransform() =>
        new InterpolatedCoordinateTransform(A.BuildTransform(), B.BuildTransform(), Lambda);

    internal override void AddUnresolvedIds(ISet<string> ids)
    {
        A.AddUnresolvedIds(ids);
        B.AddUnresolvedIds(ids);
    }

    internal override TransformSpec ResolveWith(TransformSpecResolver resolver, ReferencePath? path)
    {
        var a = A.ResolveWith(resolver, path);
        var b = B.ResolveWith(resolver, path);
        return ReferenceEquals(a, A) && ReferenceEquals(b, B) ? this : this with { A = a, B = b };
    }

    internal override void AddFlattened(List<TransformSpec> items) =>
        items.Add(this with { A = FlattenSide(A), B = FlattenSide(B) });

    // As render: a side that flattens to one spec becomes that spec, otherwise an unnamed list.
    private static TransformSpec FlattenSide(TransformSpec side)
    {
        var flat = side.Flatten();
        return flat.Count == 1 ? flat.SpecList[0] : flat;
    }
}
