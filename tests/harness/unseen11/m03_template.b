#args: user=ada lang=Limbo count=3 title=Report
implement Template;

include "sys.m";
	sys: Sys;
include "draw.m";

Template: module
{
	init: fn(ctxt: ref Draw->Context, argv: list of string);
};

Var: adt {
	name:	string;
	val:	string;
};

vars: list of Var;

tmpl := "== {{title|upper}} ==\n" +
	"Hello, {{user|title}}! You are writing {{lang}}.\n" +
	"Count is {{count}}, doubled {{count|double}}, padded [{{count|pad5}}].\n" +
	"Missing: '{{nosuch}}' default: '{{nosuch|or:n/a}}'\n" +
	"Literal braces: {{{{ and a lone } and {single}.\n" +
	"Unclosed {{user at the end";

lookup(name: string): (string, int)
{
	for(l := vars; l != nil; l = tl l)
		if((hd l).name == name)
			return ((hd l).val, 1);
	return ("", 0);
}

applyfilter(v: string, ok: int, f: string): (string, int)
{
	if(len f > 3 && f[0:3] == "or:"){
		if(!ok || v == "")
			return (f[3:], 1);
		return (v, ok);
	}
	case f {
	"upper" =>
		r := "";
		for(i := 0; i < len v; i++){
			c := v[i];
			if(c >= 'a' && c <= 'z')
				c -= 'a' - 'A';
			r[len r] = c;
		}
		return (r, ok);
	"title" =>
		if(v != "" && v[0] >= 'a' && v[0] <= 'z')
			v[0] = v[0] - 'a' + 'A';
		return (v, ok);
	"double" =>
		return (string (2 * int v), ok);
	"pad5" =>
		return (sys->sprint("%5s", v), ok);
	}
	sys->fprint(sys->fildes(2), "template: unknown filter %q\n", f);
	return (v, ok);
}

expand(key: string): string
{
	name := key;
	filters: list of string;
	(n, toks) := sys->tokenize(key, "|");
	if(n > 0){
		name = hd toks;
		filters = tl toks;
	}
	(v, ok) := lookup(name);
	for(; filters != nil; filters = tl filters)
		(v, ok) = applyfilter(v, ok, hd filters);
	if(!ok)
		sys->fprint(sys->fildes(2), "template: undefined %s\n", name);
	return v;
}

render(t: string): string
{
	out := "";
	i := 0;
	while(i < len t){
		if(i+1 < len t && t[i] == '{' && t[i+1] == '{'){
			if(i+3 < len t && t[i+2] == '{' && t[i+3] == '{'){
				out += "{{";
				i += 4;
				continue;
			}
			j := i + 2;
			while(j+1 < len t && !(t[j] == '}' && t[j+1] == '}'))
				j++;
			if(j+1 >= len t){
				out += t[i:];
				break;
			}
			out += expand(t[i+2:j]);
			i = j + 2;
			continue;
		}
		out[len out] = t[i++];
	}
	return out;
}

init(nil: ref Draw->Context, argv: list of string)
{
	sys = load Sys Sys->PATH;
	for(argv = tl argv; argv != nil; argv = tl argv){
		a := hd argv;
		for(k := 0; k < len a; k++)
			if(a[k] == '=')
				break;
		if(k == len a){
			sys->fprint(sys->fildes(2), "template: bad binding %s\n", a);
			continue;
		}
		vars = Var(a[0:k], a[k+1:]) :: vars;
	}
	sys->print("%d bindings\n", len vars);
	s := render(tmpl);
	sys->print("%s\n", s);
	sys->print("rendered %d chars, %d lines\n", len s, linecount(s));
}

linecount(s: string): int
{
	n := 1;
	for(i := 0; i < len s; i++)
		if(s[i] == '\n')
			n++;
	return n;
}
