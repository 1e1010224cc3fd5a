using KnowledgeGraph.GraphQL.Language;

namespace KnowledgeGraph.GraphQL.Tests.Language.Visiting;

public sealed class VisitorTests
{
    private static readonly DocumentNode Document = Parser.Parse("query Q($v: Int) { a(x: $v) @d { b } ...F } fragment F on T { c }");

    [Fact]
    public void Enters_and_leaves_every_node_depth_first_in_graphql_js_order()
    {
        var recorder = new Recorder();

        Visitor.Visit(Parser.Parse("{ a(x: [1]) @d }"), recorder);

        Assert.Equal(
        [
            "enter Document", "enter OperationDefinition", "enter SelectionSet", "enter Field", "enter Name a",
            "leave Name a", "enter Argument", "enter Name x", "leave Name x", "enter ListValue", "enter IntValue",
            "leave IntValue", "leave ListValue", "leave Argument", "enter Directive", "enter Name d", "leave Name d",
            "leave Directive", "leave Field", "leave SelectionSet", "leave OperationDefinition", "leave Document",
        ], recorder.Events);
    }

    [Fact]
    public void Skips_a_subtree_and_its_leave_when_enter_says_skip()
    {
        var recorder = new Recorder { SkipOn = NodeKind.Field };

        Visitor.Visit(Parser.Parse("{ a { b } }"), recorder);

        Assert.Contains("enter Field", recorder.Events);
        Assert.DoesNotContain("enter Name a", recorder.Events);
        Assert.DoesNotContain("leave Field", recorder.Events);
        Assert.Equal("leave Document", recorder.Events[^1]);
    }

    [Fact]
    public void Stops_everything_when_enter_says_break()
    {
        var recorder = new Recorder { BreakOnEnter = NodeKind.Name };

        Visitor.Visit(Document, recorder);

        Assert.Equal("enter Name Q", recorder.Events[^1]);
        Assert.DoesNotContain(recorder.Events, e => e.StartsWith("leave", StringComparison.Ordinal));
    }

    [Fact]
    public void Stops_everything_when_leave_says_break()
    {
        var recorder = new Recorder { BreakOnLeave = NodeKind.VariableDefinition };

        Visitor.Visit(Document, recorder);

        Assert.Equal("leave VariableDefinition", recorder.Events[^1]);
    }

    [Fact]
    public void Tells_each_hook_the_parent_and_ancestors()
    {
        var directives = new ParentsOfDirectives();

        Visitor.Visit(Document, directives);

        Assert.Equal([NodeKind.Field], directives.Parents);
        Assert.Equal(
            [NodeKind.Document, NodeKind.OperationDefinition, NodeKind.SelectionSet, NodeKind.Field],
            directives.Ancestors);
    }

    [Fact]
    public void Dispatches_to_typed_hooks_by_kind()
    {
        var names = new FieldAndFragmentNames();

        Visitor.Visit(Document, names);

        Assert.Equal(["a", "b", "...F", "c", "fragment F"], names.Seen);
    }

    [Fact]
    public void Runs_visitors_in_parallel_each_with_its_own_skip_and_break()
    {
        var skipsFields = new Recorder { SkipOn = NodeKind.Field };
        var breaksAtFragment = new Recorder { BreakOnEnter = NodeKind.FragmentDefinition };
        var seesAll = new Recorder();
        var alone = new Recorder();

        Visitor.Visit(Document, Visitor.VisitInParallel(skipsFields, breaksAtFragment, seesAll));
        Visitor.Visit(Document, alone);

        Assert.Equal(alone.Events, seesAll.Events);
        Assert.DoesNotContain("enter Name a", skipsFields.Events);
        Assert.DoesNotContain("enter Name b", skipsFields.Events);
        Assert.Equal(2, skipsFields.Events.Count(e => e == "enter Field"));
        Assert.Contains("enter Name T", skipsFields.Events);
        Assert.Equal("enter FragmentDefinition", breaksAtFragment.Events[^1]);
    }

    [Fact]
    public void Stops_a_parallel_visit_once_every_visitor_has_broken()
    {
        var first = new Recorder { BreakOnEnter = NodeKind.SelectionSet };
        var second = new Recorder { BreakOnEnter = NodeKind.SelectionSet };
        var parallel = Visitor.VisitInParallel(first, second);

        Visitor.Visit(Document, parallel);

        Assert.Equal("enter SelectionSet", first.Events[^1]);
        Assert.Equal(first.Events, second.Events);
    }

    [Fact]
    public void Fails_catchably_on_trees_too_deep_for_the_stack()
    {
        IValueNode value = new NullValueNode();
        for (var i = 0; i < 200_000; i++)
        {
            value = new ListValueNode { Values = [value] };
        }

        Assert.Throws<InsufficientExecutionStackException>(() => Visitor.Visit(value, new Recorder()));
    }

    private sealed class Recorder : ASTVisitor
    {
        public List<string> Events { get; } = [];

        public NodeKind? SkipOn { get; init; }

        public NodeKind? BreakOnEnter { get; init; }

        public NodeKind? BreakOnLeave { get; init; }

        public override VisitorAction Enter(INode node, VisitorContext context)
        {
            Events.Add("enter " + Describe(node));
            return node.Kind == BreakOnEnter ? VisitorAction.Break
                : node.Kind == SkipOn ? VisitorAction.Skip
                : VisitorAction.Continue;
        }

        public override VisitorAction Leave(INode node, VisitorContext context)
        {
            Events.Add("leave " + Describe(node));
            return node.Kind == BreakOnLeave ? VisitorAction.Break : VisitorAction.Continue;
        }

        private static string Describe(INode node) => node is NameNode name ? $"Name {name.Value}" : node.Kind.ToString();
    }

    private sealed class ParentsOfDirectives : ASTVisitor
    {
        public List<NodeKind> Parents { get; } = [];

        public List<NodeKind> Ancestors { get; } = [];

        protected override VisitorAction EnterDirective(DirectiveNode node, VisitorContext context)
        {
            Parents.Add(context.Parent!.Kind);
            Ancestors.AddRange(context.Ancestors.Select(a => a.Kind));
            return VisitorAction.Continue;
        }
    }

    private sealed class FieldAndFragmentNames : ASTVisitor
    {
        public List<string> Seen { get; } = [];

        protected override VisitorAction EnterField(FieldNode node, VisitorContext context)
        {
            Seen.Add(node.Name.Value);
            return VisitorAction.Continue;
        }

        protected override VisitorAction EnterFragmentSpread(FragmentSpreadNode node, VisitorContext context)
        {
            Seen.Add("..." + node.Name.Value);
            return VisitorAction.Continue;
        }

        protected override VisitorAction LeaveFragmentDefinition(FragmentDefinitionNode node, VisitorContext context)
        {
            Seen.Add("fragment " + node.Name.Value);
            return VisitorAction.Continue;
        }
    }
}
