using Render.Model.Transforms;

namespace Render.Model.Tests.Transforms;

public sealed class TransformSpecResolverTests
{
    private static readonly LeafTransformSpec Affine = new("mpicbg.trakem2.transform.AffineModel2D", "1 0 0 1 0 0");

    [Fact]
    public void Resolve_ChainOfReferences_ResolvesInOnePass()
    {
        var map = new Dictionary<string, TransformSpec>
        {
            ["a"] = new ReferenceTransformSpec("b"),
            ["b"] = new ReferenceTransformSpec("c"),
            ["c"] = Affine,
        };

        var resolved = new TransformSpecResolver(map).Resolve(new ReferenceTransformSpec("a"));

        Assert.True(resolved.IsFullyResolved);
        Assert.Same(Affine, Assert.Single(resolved.Flatten().SpecList));
    }

    [Fact]
    public void Resolve_ReferenceCycle_FailsNamingTheCycle()
    {
        var map = new Dictionary<string, TransformSpec>
        {
            ["start"] = new ReferenceTransformSpec("a"),
            ["a"] = new ReferenceTransformSpec("b"),
            ["b"] = new ListTransformSpec([Affine, new ReferenceTransformSpec("a")]),
        };

        var error = Assert.Throws<TransformReferenceException>(() => new TransformSpecResolver(map).Resolve(new ReferenceTransformSpec("start")));

        Assert.Equal(["a", "b", "a"], error.RefIds);
        Assert.Equal("transform spec references form a cycle: a -> b -> a", error.Message);
    }

    [Fact]
    public void Resolve_SpecReferringToItself_FailsInsteadOfRecursingForever()
    {
        var map = new Dictionary<string, TransformSpec> { ["self"] = new ListTransformSpec([new ReferenceTransformSpec("self")]) };

        var error = Assert.Throws<TransformReferenceException>(() => new ReferenceTransformSpec("self").ResolveReferences(map));

        Assert.Equal(["self", "self"], error.RefIds);
    }

    [Fact]
    public void Resolve_SharedSpec_IsResolvedOnceAndShared()
    {
        var lens = new ListTransformSpec([Affine, new ReferenceTransformSpec("base")]) { Id = "lens" };
        var resolver = new TransformSpecResolver(new Dictionary<string, TransformSpec> { ["lens"] = lens, ["base"] = Affine });

        var first = (ReferenceTransformSpec)resolver.Resolve(new ListTransformSpec([new ReferenceTransformSpec("lens")])).SpecList[0];
        var second = (ReferenceTransformSpec)resolver.Resolve(new ListTransformSpec([new ReferenceTransformSpec("lens"), Affine])).SpecList[0];

        Assert.Same(first.ResolvedSpec, second.ResolvedSpec);
        Assert.True(first.IsFullyResolved);
    }

    [Fact]
    public void Resolve_NothingToResolve_ReturnsTheSameInstance()
    {
        var list = new ListTransformSpec([Affine, new ReferenceTransformSpec("missing")]);

        var resolved = new TransformSpecResolver(new Dictionary<string, TransformSpec>()).Resolve(list);

        Assert.Same(list, resolved);
        Assert.Equal(["missing"], resolved.GetUnresolvedIds());
    }

    [Fact]
    public void Resolve_InterpolatedSides_AreResolved()
    {
        var interpolated = new InterpolatedTransformSpec(new ReferenceTransformSpec("x"), Affine, 0.5);

        var resolved = interpolated.ResolveReferences(new Dictionary<string, TransformSpec> { ["x"] = Affine });

        Assert.True(resolved.IsFullyResolved);
        Assert.False(interpolated.IsFullyResolved);
        var flat = Assert.IsType<InterpolatedTransformSpec>(Assert.Single(resolved.Flatten().SpecList));
        Assert.Equal(Affine, flat.A);
    }
}
