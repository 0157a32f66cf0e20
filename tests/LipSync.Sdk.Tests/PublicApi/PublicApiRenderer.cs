using System.Globalization;
using System.Reflection;
using System.Runtime.CompilerServices;
using System.Text;

namespace LipSync.Sdk.Tests.PublicApi;

/// <summary>
/// Renders an assembly's public surface (exported types and their public and protected members, with nullable
/// annotations and default values) as stable, sorted text for the approved-file test.
/// </summary>
internal static class PublicApiRenderer
{
    private const BindingFlags Declared = BindingFlags.DeclaredOnly | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static;

    public static string Render(Assembly assembly)
    {
        var text = new StringBuilder();
        foreach (var type in assembly.GetExportedTypes().OrderBy(t => t.FullName, StringComparer.Ordinal))
        {
            text.Append(TypeHeader(type)).Append('\n');
            foreach (var member in Members(type).Order(StringComparer.Ordinal))
            {
                text.Append("    ").Append(member).Append('\n');
            }

            text.Append('\n');
        }

        return text.ToString();
    }

    private static string TypeHeader(Type type)
    {
        var kind = type.IsEnum ? "enum"
            : type.IsInterface ? "interface"
            : type.IsValueType ? (type.GetMethod("<Clone>$") is not null ? "record struct" : "struct")
            : typeof(Delegate).IsAssignableFrom(type) ? "delegate"
            : type.GetMethod("<Clone>$") is not null ? "record" : "class";
        var modifiers = type.IsInterface || type.IsEnum || type.IsValueType ? string.Empty
            : type.IsAbstract && type.IsSealed ? "static "
            : type.IsAbstract ? "abstract "
            : type.IsSealed ? "sealed " : string.Empty;
        var bases = new List<string>();
        if (type.BaseType is { } baseType && baseType != typeof(object) && baseType != typeof(ValueType) && baseType != typeof(Enum) && !typeof(Delegate).IsAssignableFrom(type))
        {
            bases.Add(Name(baseType));
        }

        // Only interfaces the type adds itself: those of its base types (Enum, Exception...) vary with the runtime.
        var inherited = type.BaseType?.GetInterfaces() ?? [];
        bases.AddRange(type.GetInterfaces().Where(i => (i.IsPublic || i.IsNestedPublic) && !inherited.Contains(i)).Select(Name).Order(StringComparer.Ordinal));
        return $"public {modifiers}{kind} {Name(type)}{(bases.Count > 0 ? " : " + string.Join(", ", bases) : string.Empty)}";
    }

    private static IEnumerable<string> Members(Type type)
    {
        if (type.IsEnum)
        {
            foreach (var field in type.GetFields(BindingFlags.Public | BindingFlags.Static))
            {
                yield return $"{field.Name} = {Convert.ToInt64(field.GetRawConstantValue(), CultureInfo.InvariantCulture)}";
            }

            yield break;
        }

        var nullability = new NullabilityInfoContext();
        foreach (var member in type.GetMembers(Declared))
        {
            if (!IsVisible(member) || member.IsDefined(typeof(CompilerGeneratedAttribute)))
            {
                continue;
            }

            switch (member)
            {
                case ConstructorInfo ctor when !ctor.IsStatic:
                    yield return $"{Access(ctor)}.ctor({Parameters(ctor, nullability)})";
                    break;
                case MethodInfo method when !method.IsSpecialName || method.Name.StartsWith("op_", StringComparison.Ordinal):
                    yield return $"{Access(method)}{Modifiers(method)}{TypeName(nullability.Create(method.ReturnParameter))} {method.Name}{GenericArguments(method)}({Parameters(method, nullability)})";
                    break;
                case PropertyInfo property:
                    var accessors = new List<string>();
                    if (property.GetMethod is { } getter && IsVisible(getter))
                    {
                        accessors.Add("get;");
                    }

                    if (property.SetMethod is { } setter && IsVisible(setter))
                    {
                        var init = setter.ReturnParameter.GetRequiredCustomModifiers().Contains(typeof(IsExternalInit));
                        accessors.Add(init ? "init;" : "set;");
                    }

                    var accessor = property.GetMethod ?? property.SetMethod!;
                    var indexer = property.GetIndexParameters();
                    var name = indexer.Length > 0 ? $"this[{string.Join(", ", indexer.Select(p => $"{TypeName(nullability.Create(p))} {p.Name}"))}]" : property.Name;
                    yield return $"{Access(accessor)}{Modifiers(accessor)}{TypeName(nullability.Create(property))} {name} {{ {string.Join(" ", accessors)} }}";
                    break;
                case FieldInfo field:
                    var value = field.IsLiteral ? " = " + Literal(field.GetRawConstantValue()) : string.Empty;
                    var fieldModifiers = field.IsLiteral ? "const " : (field.IsStatic ? "static " : string.Empty) + (field.IsInitOnly ? "readonly " : string.Empty);
                    yield return $"{Access(field)}{fieldModifiers}{TypeName(nullability.Create(field))} {field.Name}{value}";
                    break;
                case EventInfo @event:
                    yield return $"{Access(@event.AddMethod!)}event {Name(@event.EventHandlerType!)} {@event.Name}";
                    break;
                case Type nested when nested.IsNestedPublic || nested.IsNestedFamily:
                    yield return $"nested {Name(nested)}";
                    break;
            }
        }
    }

    private static bool IsVisible(MemberInfo member) => member switch
    {
        MethodBase method => method.IsPublic || method.IsFamily || method.IsFamilyOrAssembly,
        FieldInfo field => field.IsPublic || field.IsFamily || field.IsFamilyOrAssembly,
        PropertyInfo property => (property.GetMethod is { } g && IsVisible(g)) || (property.SetMethod is { } s && IsVisible(s)),
        EventInfo @event => @event.AddMethod is { } add && IsVisible(add),
        Type nested => nested.IsNestedPublic || nested.IsNestedFamily || nested.IsNestedFamORAssem,
        _ => false,
    };

    private static string Access(MethodBase method) => method.IsPublic ? string.Empty : "protected ";

    private static string Access(FieldInfo field) => field.IsPublic ? string.Empty : "protected ";

    private static string Modifiers(MethodInfo method) =>
        method.IsStatic ? "static "
        : method.DeclaringType!.IsInterface ? string.Empty
        : method.IsAbstract ? "abstract "
        : method.IsVirtual && method.GetBaseDefinition() != method ? (method.IsFinal ? "sealed override " : "override ")
        : method.IsVirtual && !method.IsFinal ? "virtual " : string.Empty;

    private static string GenericArguments(MethodInfo method) =>
        method.IsGenericMethodDefinition ? "<" + string.Join(", ", method.GetGenericArguments().Select(a => a.Name + Constraints(a))) + ">" : string.Empty;

    private static string Constraints(Type argument)
    {
        var constraints = new List<string>();
        var attributes = argument.GenericParameterAttributes;
        if (attributes.HasFlag(GenericParameterAttributes.ReferenceTypeConstraint))
        {
            constraints.Add("class");
        }

        constraints.AddRange(argument.GetGenericParameterConstraints().Select(Name));
        return constraints.Count > 0 ? " : " + string.Join(", ", constraints) : string.Empty;
    }

    private static string Parameters(MethodBase method, NullabilityInfoContext nullability) =>
        string.Join(", ", method.GetParameters().Select(p =>
        {
            var prefix = p.IsDefined(typeof(ParamArrayAttribute)) ? "params "
                : p.IsOut ? "out "
                : p.ParameterType.IsByRef ? (p.IsIn ? "in " : "ref ") : string.Empty;
            var defaultValue = !p.HasDefaultValue ? string.Empty
                : p.RawDefaultValue is null && p.ParameterType.IsValueType && Nullable.GetUnderlyingType(p.ParameterType) is null ? " = default"
                : " = " + Literal(p.RawDefaultValue);
            return $"{prefix}{TypeName(nullability.Create(p))} {p.Name}{defaultValue}";
        }));

    private static string Literal(object? value) => value switch
    {
        null => "null",
        string s => "\"" + s + "\"",
        bool b => b ? "true" : "false",
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "null",
    };

    private static string TypeName(NullabilityInfo info)
    {
        var type = info.Type;
        if (type.IsByRef)
        {
            type = type.GetElementType()!;
        }

        string name;
        if (Nullable.GetUnderlyingType(type) is { } underlying)
        {
            return Name(underlying) + "?";
        }

        if (type.IsArray && info.ElementType is { } element)
        {
            name = TypeName(element) + "[]";
        }
        else if (type.IsGenericType && info.GenericTypeArguments.Length == type.GetGenericArguments().Length)
        {
            name = BaseName(type) + "<" + string.Join(", ", info.GenericTypeArguments.Select(TypeName)) + ">";
        }
        else
        {
            name = Name(type);
        }

        return info.ReadState == NullabilityState.Nullable && !type.IsValueType ? name + "?" : name;
    }

    private static string Name(Type type)
    {
        if (type.IsGenericParameter)
        {
            return type.Name;
        }

        if (Nullable.GetUnderlyingType(type) is { } underlying)
        {
            return Name(underlying) + "?";
        }

        if (type.IsArray)
        {
            return Name(type.GetElementType()!) + "[]";
        }

        return type.IsGenericType ? BaseName(type) + "<" + string.Join(", ", type.GetGenericArguments().Select(Name)) + ">" : Full(type);
    }

    private static string BaseName(Type type)
    {
        var name = Full(type.IsGenericTypeDefinition ? type : type.GetGenericTypeDefinition());
        var tick = name.IndexOf('`', StringComparison.Ordinal);
        return tick < 0 ? name : name[..tick];
    }

    private static string Full(Type type) => (type.FullName ?? type.Name).Replace('+', '.');
}
