namespace KnowledgeGraph.GraphQL.Tests.Validation.Differential;

/// <summary>Hand-written documents for field merging, on the harness and boxes schemas, and its work budget.</summary>
public static partial class ValidationCorpus
{
    private static IEnumerable<ValidationCase> MergingCases()
    {
        string[] harness =
        [
            "fragment F on Dog { name nickname name otherName: name otherName: name }\n{ dog { ...F } }",
            "{ dog { doesKnowCommand(dogCommand: SIT) doesKnowCommand(dogCommand: SIT) name @include(if: true) name @include(if: false) } }",
            "{ dog { knowsSit: doesKnowCommand(dogCommand: SIT) knowsDown: doesKnowCommand(dogCommand: DOWN) } }",
            "{ dog { fido: name fido: nickname name: nickname name } }",
            "{ dog { doesKnowCommand doesKnowCommand(dogCommand: HEEL) } a: dog { doesKnowCommand(dogCommand: SIT) doesKnowCommand } }",
            "{ dog { doesKnowCommand(dogCommand: SIT) doesKnowCommand(dogCommand: HEEL) isAtLocation(x: 0) isAtLocation(y: 0) } }",
            "query ($v: DogCommand) { dog { doesKnowCommand(dogCommand: $v) doesKnowCommand(dogCommand: $v) a: doesKnowCommand(dogCommand: $w) a: doesKnowCommand(dogCommand: $v) } }",
            "{ complicatedArgs { complexArgField(complexArg: { requiredField: true, intField: 1 }) complexArgField(complexArg: { intField: 1, requiredField: true }) } }",
            "{ complicatedArgs { a: stringArgField(stringArg: \"x\") a: stringArgField(stringArg: \"\"\"x\"\"\") b: floatArgField(floatArg: 1) b: floatArgField(floatArg: 1.0) } }",
            "{ complicatedArgs { a: stringListArgField(stringListArg: [\"a\", \"b\"]) a: stringListArgField(stringListArg: [\"b\", \"a\"]) } }",
            "{ pet { ... on Dog { name } ... on Cat { name: nickname } } catOrDog { ... on Dog { x: barks } ... on Cat { x: meows } } }",
            "{ pet { ... on Dog { isAtLocation(x: 0) } ... on Cat { x: nickname } } dog { ... on Dog { name } ... on Pet { name: nickname } } }",
            "{ dog { ...A ...B } }\nfragment A on Dog { x: name }\nfragment B on Dog { x: nickname }",
            "{ dog { x: name ...A } f1: dog { ...B ...A } }\nfragment A on Dog { x: barks }\nfragment B on Dog { x: name }",
            "{ dog { ...A } dog { ...B } }\nfragment A on Dog { mother { name } }\nfragment B on Dog { mother { name: nickname } }",
            "{ dog { mother { x: name } mother { x: nickname } } }",
            "{ dog { mother { x: name y: barks } mother { x: nickname y: barkVolume } } }",
            "{ dog { mother { father { x: name } } mother { father { x: nickname } } } }",
            "{ dog { mother { father { x: name } father { x: barks } } mother { father { y: name } } } }",
            "{ dog { mother { ...F } mother { father { x: barks } } } }\nfragment F on Dog { father { x: name } }",
            "{ dog { ...Unknown ...Known name: nickname } }\nfragment Known on Dog { name ...OtherUnknown }",
            "{ human { relatives { name } relatives: pets { name } } }",
            "{ dog { ...A } }\nfragment A on Dog { name ...B }\nfragment B on Dog { name: nickname ...A }",
            "{ dog { ...A ...B } }\nfragment A on Dog { ...C mother { name } }\nfragment B on Dog { ...C mother { name: barks } }\nfragment C on Dog { x: name }",
            "{ dog { __typename __typename name: __typename } cat { t: __typename t: name } }",
            "{ dog { ... { name } ... { name: nickname } ... on Dog { name: barks } } }",
            "{ catOrDog { ... on Dog { mother { name } } ... on Cat { mother: furColor } } }",
        ];
        foreach (var (source, i) in harness.Select((source, i) => (source, i)))
        {
            yield return Case($"harness/merging/{i}", "harness", source);
        }

        string[] boxes =
        [
            "{ someBox { ... on IntBox { scalar } ... on NonNullStringBox1 { scalar } } }",
            "{ someBox { ... on SomeBox { deepBox { unrelatedField } } ... on StringBox { deepBox { unrelatedField } } } }",
            "{ someBox { ... on IntBox { scalar } ... on StringBox { scalar } } }",
            "{ someBox { ... on IntBox { deepBox { ...X } } } someBox { ... on StringBox { deepBox { ...Y } } } memoed: someBox { ... on IntBox { deepBox { ...X } } } "
                + "memoed: someBox { ... on StringBox { deepBox { ...Y } } } other: someBox { ...X } other: someBox { ...Y } }\n"
                + "fragment X on SomeBox { scalar }\nfragment Y on SomeBox { scalar: unrelatedField }",
            "{ someBox { ... on IntBox { scalar: unrelatedField } ... on StringBox { scalar } } }",
            "{ someBox { ... on NonNullStringBox1 { scalar } ... on StringBox { scalar } } }",
            "{ someBox { ... on IntBox { box: listStringBox { scalar } } ... on StringBox { box: stringBox { scalar } } } }",
            "{ someBox { ... on IntBox { box: stringBox { scalar } } ... on StringBox { box: listStringBox { scalar } } } }",
            "{ someBox { ... on IntBox { box: stringBox { val: scalar val: unrelatedField } } ... on StringBox { box: stringBox { val: scalar } } } }",
            "{ someBox { ... on IntBox { box: stringBox { scalar } } ... on StringBox { box: intBox { scalar } } } }",
            "{ someBox { ... on IntBox { deepBox { scalar } } ... on StringBox { deepBox { scalar } } } }",
            "{ someBox { ... on IntBox { box: deepBox { listStringBox { scalar } } } ... on StringBox { box: deepBox { stringBox { scalar } } } } }",
            "{ someBox { ... on NonNullStringBox1 { scalar } ... on NonNullStringBox2 { scalar } } }",
            "{ someBox { ... on IntBox { someField: deepBox { scalar } } ... on StringBox { someField: unrelatedField } } }",
            "{ someBox { ... on SomeBox { deepBox { unrelatedField } } ... on IntBox { deepBox { unrelatedField: scalar } } } }",
            "{ connection { ...edgeID edges { node { id: name } } } }\nfragment edgeID on Connection { edges { node { id } } }",
            "{ a: connection { edges { node { id } } } a: connection { edges { node { id: name } } edges { node { name: id } } } }",
            "{ someBox { unknownField { x } unknownField { y } ... on UnknownType { scalar } ... on IntBox { scalar } } }",
            "{ someBox { ... on StringBox { scalar } ... on NonNullStringBox1 { scalar } } constructor: someBox { deepBox { __typename } } constructor: someBox { x: __typename } }",
            "{ someBox { ... on IntBox { deepBox { deepBox { scalar } } } ... on StringBox { deepBox { deepBox { scalar } } } ... on SomeBox { deepBox { deepBox { unrelatedField } } } } }",
        ];
        foreach (var (source, i) in boxes.Select((source, i) => (source, i)))
        {
            yield return Case($"boxes/merging/{i}", "boxes", source);
        }

        // Work budgets: field pairs (the 700 leaves fit graphql-js's budget, the 800 do not), and a
        // fragment graph whose every fragment spreads all the earlier ones (the operation spreads the last).
        yield return Case("harness/budget/fields-700", "harness", "{ dog { " + string.Join(' ', Enumerable.Repeat("name", 700)) + " } }");
        yield return Case("harness/budget/fields-800", "harness", "{ dog { " + string.Join(' ', Enumerable.Repeat("name", 800)) + " } }");
        yield return Case("harness/budget/fragments-330", "harness", DenseFragments(330));
        yield return Case("harness/budget/fragments-60", "harness", DenseFragments(60));
    }

    private static string DenseFragments(int count)
    {
        var text = new System.Text.StringBuilder("query Q($v: Boolean) { dog { ...F").Append(count - 1).Append(" } }\n");
        for (var i = 0; i < count; i++)
        {
            text.Append("fragment F").Append(i).Append(" on Dog { name @include(if: $v)");
            for (var j = 0; j < i; j++)
            {
                text.Append(" ...F").Append(j);
            }

            text.Append(" }\n");
        }

        return text.ToString();
    }
}
