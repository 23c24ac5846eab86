implement Rcvars;

include "sys.m";
	sys: Sys;
include "draw.m";

Rcvars: module
{
	init:	fn(nil: ref Draw->Context, argv: list of string);
};

Var: adt {
	name:	string;
	val:	list of string;
};

Env: adt {
	vars:	list of ref Var;
	set:	fn(e: self ref Env, name: string, val: list of string);
	get:	fn(e: self ref Env, name: string): list of string;
};

Env.set(e: self ref Env, name: string, val: list of string)
{
	for(l := e.vars; l != nil; l = tl l)
		if((hd l).name == name){
			(hd l).val = val;
			return;
		}
	e.vars = ref Var(name, val) :: e.vars;
}

Env.get(e: self ref Env, name: string): list of string
{
	for(l := e.vars; l != nil; l = tl l)
		if((hd l).name == name)
			return (hd l).val;
	return nil;
}

isnamec(c: int): int
{
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_' || c == '*';
}

join(l: list of string, sep: string): string
{
	s := "";
	for(; l != nil; l = tl l){
		s += hd l;
		if(tl l != nil)
			s += sep;
	}
	return s;
}

nth(l: list of string, n: int): list of string
{
	for(i := 1; l != nil; l = tl l){
		if(i == n)
			return hd l :: nil;
		i++;
	}
	return nil;
}

# expand $name, $#name, $"name, $name(n) in s
expand(e: ref Env, s: string): string
{
	out := "";
	i := 0;
	while(i < len s){
		c := s[i];
		if(c != '$' || i+1 >= len s){
			out[len out] = c;
			i++;
			continue;
		}
		i++;
		mode := 0;
		case s[i] {
		'#' =>	mode = '#'; i++;
		'"' =>	mode = '"'; i++;
		'$' =>	out += "$"; i++; continue;
		}
		j := i;
		while(j < len s && isnamec(s[j]))
			j++;
		name := s[i:j];
		i = j;
		val := e.get(name);
		if(i < len s && s[i] == '('){
			k := i+1;
			while(k < len s && s[k] != ')')
				k++;
			if(k >= len s){
				sys->fprint(sys->fildes(2), "rcvars: missing ) in %q\n", s);
				raise "fail:syntax";
			}
			val = nth(val, int s[i+1:k]);
			i = k+1;
		}
		case mode {
		'#' =>	out += string len val;
		'"' =>	out += join(val, " ");
		* =>	out += join(val, "·");
		}
	}
	return out;
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	e := ref Env(nil);
	e.set("user", "glenda" :: nil);
	e.set("path", "." :: "/dis" :: "/dis/lib" :: nil);
	e.set("*", "a" :: "b c" :: "d" :: nil);
	e.set("empty", nil);
	e.set("user", "inferno" :: nil);
	tests := array[] of {
		"hello $user",
		"path=$path",
		"count $#path and $#empty and $#nosuch",
		"flat $\"path end",
		"second $path(2) fifth [$path(5)]",
		"args $*",
		"price $$5",
		"trail $",
		"$user$user",
		"bad $path(2",
	};
	for(i := 0; i < len tests; i++){
		{
			sys->print("%-36s => %s\n", tests[i], expand(e, tests[i]));
		} exception x {
		"fail:*" =>
			sys->print("%-36s => error %s\n", tests[i], x);
		}
	}
}
