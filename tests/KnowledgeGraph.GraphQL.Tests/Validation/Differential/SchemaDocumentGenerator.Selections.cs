using KnowledgeGraph.GraphQL.Types;

namespace KnowledgeGraph.GraphQL.Tests.Validation.Differential;

/// <summary>Selection sets: fields, inline fragments and spreads.</summary>
public sealed partial class SchemaDocumentGenerator
{
    private const int MaxDepth = 4;

    // Each careful fragment may spread more; a bound keeps the chain finite.
    private const int MaxCarefulFragments = 3;

    private void SelectionSet(GraphQLNamedType type, int depth)
    {
        _text.Append('{');
        _indent++;
        var isSubscriptionRoot = depth == 0 && ReferenceEquals(type, schema.SubscriptionType);
        var count = _careful && isSubscriptionRoot ? 1 : _random.Next(1, 5);
        var responseNames = new List<string>();
        for (var i = 0; i < count; i++)
        {
            NewLine();
            switch (_random.Next(10))
            {
                case 0 when depth < MaxDepth && !isSubscriptionRoot:
                    InlineFragment(type, depth);
                    break;
                case 1 when (!_careful || (depth < MaxDepth && _carefulFragmentCount < MaxCarefulFragments)) && !isSubscriptionRoot:
                    FragmentSpread(type);
                    break;
                default:
                    Field(type, depth, responseNames, isSubscriptionRoot);
                    break;
            }
        }

        _indent--;
        NewLine();
        _text.Append('}');
    }

    private void Field(GraphQLNamedType parentType, int depth, List<string> responseNames, bool isSubscriptionRoot)
    {
        var (name, field) = PickField(parentType, responseNames, isSubscriptionRoot);

        // Aliases; in careless documents some collide with an earlier response name, for field merging.
        var responseName = name;
        if (Chance(5) || (_careful && responseNames.Contains(name)))
        {
            responseName = Mistake(2) && responseNames.Count > 0 ? Pick(responseNames) : "alias" + responseNames.Count;
            _text.Append(responseName).Append(": ");
        }

        responseNames.Add(responseName);
        _text.Append(name);
        if (field is not null)
        {
            Arguments(field.Args);
        }
        else if (Mistake(4))
        {
            _text.Append("(x: 1)");
        }

        Directives();
        var namedType = field?.Type.GetNamedType();
        var isComposite = namedType is not null && namedType.IsCompositeType();
        if (_careful && isComposite && depth >= MaxDepth)
        {
            _text.Append(" { __typename }");
            return;
        }

        var wantsSelections = _careful ? isComposite : namedType is null ? Chance(3) : isComposite ? !Chance(12) : Chance(12);
        if (wantsSelections && depth < MaxDepth)
        {
            _text.Append(' ');
            SelectionSet(isComposite ? namedType! : Pick(CompositeTypes()), depth + 1);
        }
    }

    private (string Name, GraphQLField? Field) PickField(GraphQLNamedType parentType, List<string> responseNames, bool isSubscriptionRoot)
    {
        if (!isSubscriptionRoot && (_careful ? Chance(12) && !responseNames.Contains("__typename") : Chance(12)))
        {
            return ("__typename", null);
        }

        if (Mistake(10) || parentType is not GraphQLImplementingType { Fields.Count: > 0 } implementing)
        {
            var name = Pick(WrongNames);
            return (name, (parentType as GraphQLImplementingType)?.GetField(name));
        }

        var field = Pick(implementing.Fields.Values.ToList());
        return (field.Name, field);
    }

    private void InlineFragment(GraphQLNamedType parentType, int depth)
    {
        _text.Append("...");
        var type = parentType;
        if (!Chance(4))
        {
            type = PossibleOrAnyType(parentType);
            _text.Append(" on ").Append(type.Name);
        }

        Directives();
        _text.Append(' ');
        SelectionSet(type, depth + 1);
    }

    private void FragmentSpread(GraphQLNamedType parentType)
    {
        string name;
        if (_careful)
        {
            name = "Fragment" + ++_carefulFragmentCount;
            _fragmentsToWrite.Enqueue((name, parentType));
        }
        else
        {
            name = _fragments.Count > 0 && !Chance(6) ? Pick(_fragments).Name : Pick(FragmentNames);
        }

        _text.Append("...").Append(name);
        Directives();
    }

    private GraphQLNamedType PossibleOrAnyType(GraphQLNamedType parentType)
    {
        if (parentType.IsAbstractType() && !Chance(4))
        {
            var possible = schema.GetPossibleTypes(parentType);
            if (possible.Count > 0)
            {
                return Pick(possible);
            }
        }

        return _careful || Chance(3) ? parentType : Pick(CompositeTypes());
    }

    private void Arguments(IReadOnlyList<GraphQLArgument> definitions)
    {
        var given = new List<Action>();
        foreach (var argument in definitions)
        {
            if (argument.IsRequired() ? Mistake(12) : Chance(2))
            {
                continue;
            }

            given.Add(() =>
            {
                _text.Append(argument.Name).Append(": ");
                Value(argument.Type, depth: 0, isConst: false);
            });
            if (Mistake(20))
            {
                given.Add(() => _text.Append(argument.Name).Append(": null"));
            }
        }

        if (Mistake(12))
        {
            given.Add(() => _text.Append(Pick(WrongNames)).Append(": 1"));
        }

        if (given.Count == 0)
        {
            return;
        }

        Shuffle(given);
        _text.Append('(');
        for (var i = 0; i < given.Count; i++)
        {
            _text.Append(i == 0 ? string.Empty : ", ");
            given[i]();
        }

        _text.Append(')');
    }

    private void Directives()
    {
        while (Chance(5))
        {
            _text.Append(' ');
            if (_careful)
            {
                _text.Append(Chance(2) ? "@include(if: true)" : "@skip(if: false)");
                return;
            }

            switch (_random.Next(7))
            {
                case 0:
                    _text.Append("@skip(if: ");
                    BooleanCondition();
                    _text.Append(')');
                    break;
                case 1:
                    _text.Append("@include(if: ");
                    BooleanCondition();
                    _text.Append(')');
                    break;
                case 2:
                    _text.Append(Chance(2) ? "@skip" : "@include(when: true)");
                    break;
                case 3:
                    _text.Append("@unknown");
                    break;
                case 4:
                    _text.Append("@deprecated");
                    break;
                default:
                    SchemaDirective();
                    break;
            }
        }
    }

    private void BooleanCondition()
    {
        switch (_random.Next(5))
        {
            case 0:
                _text.Append('$').Append(_definedVariables.Count > 0 ? Pick(_definedVariables) : "flag");
                break;
            case 1:
                _text.Append(Chance(2) ? "\"yes\"" : "1");
                break;
            default:
                _text.Append(Chance(2) ? "true" : "false");
                break;
        }
    }

    private void SchemaDirective()
    {
        var directive = Pick(schema.Directives);
        _text.Append('@').Append(directive.Name);
        Arguments(directive.Args);
        if (Chance(8))
        {
            _text.Append(" @").Append(directive.Name);
        }
    }
}
