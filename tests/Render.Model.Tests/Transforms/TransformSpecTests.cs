using Render.Model.Json;
using Render.Model.Transforms;

namespace Render.Model.Tests.Transforms;

/// <summary>
/// render's TransformSpecTest on our immutable specs. The tree (ids in brackets):
/// list[6] = { leaf[3] (labelled lens), interpolated[5](a = ref to 1, b = list[4]), list[4] },
/// list[4] = { leaf[1], ref to 99 }; shared specs 1 = leaf[1], 99 = ref to 2, 2 = leaf[2].
/// render mutates leaves when it labels them; here each labelling rebuilds the tree.
/// </summary>
public sealed class TransformSpecTests
{
    private const string Affine = "mpicbg.trakem2.transform.AffineModel2D";
    private const string Lens = TransformSpecMetaData.LensCorrectionLabel;

    private static readonly LeafTransformSpec Leaf2 = new(Affine, "2  0  0  2  0  0") { Id = "2" };
    private static readonly LeafTransformSpec Leaf3 =
        new(Affine, "3  0  0  3  0  0") { Id = "3", MetaData = TransformSpecMetaData.Empty.WithLabel(Lens) };

    private static LeafTransformSpec Leaf1(params string[] labels) =>
        new(Affine, "1  0  0  1  0  0") { Id = "1", MetaData = labels.Length == 0 ? null : new TransformSpecMetaData(labels) };

    private static ListTransformSpec List4(LeafTransformSpec leaf1, params string[] labels) =>
        new([leaf1, new ReferenceTransformSpec("99")]) { Id = "4", MetaData = labels.Length == 0 ? null : new TransformSpecMetaData(labels) };

    private static ListTransformSpec List6(ListTransformSpec list4) =>
        new([Leaf3, new InterpolatedTransformSpec(new ReferenceTransformSpec("1"), list4, 2.3) { Id = "5" }, list4]) { Id = "6" };

    private static Dictionary<string, TransformSpec> FirstPassMap(LeafTransformSpec leaf1) =>
        new() { ["1"] = leaf1, ["99"] = new ReferenceTransformSpec("2") };

    private static ListTransformSpec FullyResolved(LeafTransformSpec leaf1, ListTransformSpec list4)
    {
        var map = FirstPassMap(leaf1);
        var once = List6(list4).ResolveReferences(map);
        map["2"] = Leaf2;
        return (ListTransformSpec)once.ResolveReferences(map);
    }

    [Fact]
    public void Json_List6_RoundTripsAsUnresolvedList()
    {
        var json = RenderJson.Serialize<TransformSpec>(List6(List4(Leaf1())));

        var parsed = RenderJson.Parse<TransformSpec>(json).GetValueOrThrow();

        var list = Assert.IsType<ListTransformSpec>(parsed);
        Assert.Equal(3, list.Count);
        Assert.True(Assert.IsType<LeafTransformSpec>(list.SpecList[0]).HasLabel(Lens));
        Assert.False(list.IsFullyResolved);
        Assert.Equal(["1", "99"], list.GetUnresolvedIds());
        Assert.Equal(List6(List4(Leaf1())), parsed);
    }

    [Fact]
    public void ResolveReferences_TwoPasses_LeaveTwoThenOneThenNoUnresolvedIds()
    {
        var leaf1 = Leaf1();
        var list6 = List6(List4(leaf1));
        Assert.Equal(2, list6.GetUnresolvedIds().Count);

        var map = FirstPassMap(leaf1);
        var firstPass = list6.ResolveReferences(map);
        Assert.Equal(["2"], firstPass.GetUnresolvedIds());

        map["2"] = Leaf2;
        var secondPass = firstPass.ResolveReferences(map);
        Assert.Empty(secondPass.GetUnresolvedIds());
        Assert.True(secondPass.IsFullyResolved);
        Assert.Equal(2, list6.GetUnresolvedIds().Count);
    }

    [Fact]
    public void HasLabel_ListsLookIntoTheirElements()
    {
        var list4 = List4(Leaf1());

        Assert.True(List6(list4).HasLabel(Lens));
        Assert.True(Leaf3.HasLabel(Lens));
        Assert.False(list4.HasLabel(Lens));
    }

    [Fact]
    public void Flatten_ResolvedList6_GivesIds3512()
    {
        var leaf1 = Leaf1();

        var flat = FullyResolved(leaf1, List4(leaf1)).Flatten();

        Assert.Equal(["3", "5", "1", "2"], flat.SpecList.Select(spec => spec.Id));
        var interpolated = Assert.IsType<InterpolatedTransformSpec>(flat.SpecList[1]);
        Assert.Equal(leaf1, interpolated.A);
        var b = Assert.IsType<ListTransformSpec>(interpolated.B);
        Assert.Null(b.Id);
        Assert.Equal(["1", "2"], b.SpecList.Select(spec => spec.Id));
    }

    [Theory]
    [InlineData(Lens, null, 1)]
    [InlineData(null, Lens, 0)]
    public void FlattenAndFilter_LensLabel_CutsAsRender(string? excludeAfterLast, string? excludeFirstAndAllAfter, int expectedCount)
    {
        var leaf1 = Leaf1();
        var resolved = FullyResolved(leaf1, List4(leaf1));

        var filtered = resolved.FlattenAndFilter(Set(excludeAfterLast), Set(excludeFirstAndAllAfter));

        Assert.Equal(expectedCount, filtered.Count);
    }

    [Fact]
    public void FlattenAndFilter_RoughLabelOnLeaf1_KeepsThree()
    {
        // The interpolated spec at index 1 contains leaf 1 but only its own labels count.
        var leaf1 = Leaf1("rough");

        var filtered = FullyResolved(leaf1, List4(leaf1)).FlattenAndFilter(["rough"], null);

        Assert.Equal(3, filtered.Count);
    }

    [Fact]
    public void FlattenAndFilter_RoughLabelOnList4_KeepsFour()
    {
        // Flattening list 4 gives its label to leaf 2, the last element.
        var leaf1 = Leaf1("rough");

        var filtered = FullyResolved(leaf1, List4(leaf1, "rough")).FlattenAndFilter(["rough"], null);

        Assert.Equal(4, filtered.Count);
        Assert.True(filtered.SpecList[3].HasLabel("rough"));
    }

    [Fact]
    public void FlattenAndFilter_LabelNoSpecHas_KeepsEverything()
    {
        var leaf1 = Leaf1();

        var filtered = FullyResolved(leaf1, List4(leaf1)).FlattenAndFilter(["absent"], ["absent"]);

        Assert.Equal(4, filtered.Count);
    }

    [Fact]
    public void Flatten_ParentLabels_AreMergedAfterTheChildsOwn()
    {
        var list = new ListTransformSpec([Leaf3, Leaf2]) { MetaData = new TransformSpecMetaData(["montage", Lens]) };

        var flat = list.Flatten();

        Assert.Equal([Lens, "montage"], flat.SpecList[0].MetaData!.Labels);
        Assert.Equal(["montage", Lens], flat.SpecList[1].MetaData!.Labels);
        Assert.Null(Leaf2.MetaData);
    }

    [Fact]
    public void Flatten_UnresolvedReference_NamesTheMissingId()
    {
        var list = new ListTransformSpec([Leaf2, new ReferenceTransformSpec("lens_camera0")]);

        var error = Assert.Throws<TransformReferenceException>(() => list.Flatten());

        Assert.Equal(["lens_camera0"], error.RefIds);
        Assert.Contains("cannot flatten unresolved reference to lens_camera0", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void WithoutLabel_List_RemovesTheLabelFromItsElementsToo()
    {
        var list = new ListTransformSpec([Leaf3]) { MetaData = new TransformSpecMetaData([Lens]) };

        var unlabelled = list.WithoutLabel(Lens);

        Assert.False(unlabelled.HasLabel(Lens));
        Assert.True(list.HasLabel(Lens));
    }

    [Fact]
    public void MatchSpecLists_WithoutMatchLabel_SplitBeforeTheLastSpec()
    {
        var list = new ListTransformSpec([Leaf3, Leaf1(), Leaf2]);

        Assert.Equal(["3", "1"], list.GetMatchSpecList().SpecList.Select(spec => spec.Id));
        Assert.Equal(["2"], list.GetPostMatchSpecList().SpecList.Select(spec => spec.Id));
    }

    [Fact]
    public void MatchSpecLists_WithMatchLabel_SplitAtTheLastLabelledSpec()
    {
        var list = new ListTransformSpec([Leaf3, Leaf1(TransformSpecMetaData.MatchLabel), Leaf2]);

        Assert.Equal(["3"], list.GetMatchSpecList().SpecList.Select(spec => spec.Id));
        Assert.Equal(["1", "2"], list.GetPostMatchSpecList().SpecList.Select(spec => spec.Id));
    }

    [Fact]
    public void WithSpecAdded_AndWithLastSpecRemoved_LeaveTheOriginalAlone()
    {
        var list = new ListTransformSpec([Leaf3]);

        Assert.Equal(2, list.WithSpecAdded(Leaf2).Count);
        Assert.Equal(0, list.WithLastSpecRemoved().Count);
        Assert.Equal(Leaf3, list.LastSpec);
        Assert.Null(ListTransformSpec.Empty.LastSpec);
    }

    [Fact]
    public void Equals_ResolvedAndUnresolvedReference_AreEqualSpecs()
    {
        var reference = new ReferenceTransformSpec("1");

        var resolved = reference.ResolveReferences(new Dictionary<string, TransformSpec> { ["1"] = Leaf2 });

        Assert.Equal(reference, resolved);
        Assert.NotSame(reference, resolved);
        Assert.NotEqual<TransformSpec>(reference, new ReferenceTransformSpec("2"));
    }

    [Fact]
    public void Equals_LabelOrder_DoesNotMatter()
    {
        Assert.Equal(new TransformSpecMetaData(["a", "b"]), new TransformSpecMetaData(["b", "a", "a"]));
        Assert.NotEqual(new TransformSpecMetaData(["a"]), TransformSpecMetaData.Empty);
    }

    private static HashSet<string>? Set(string? label) => label is null ? null : [label];
}
