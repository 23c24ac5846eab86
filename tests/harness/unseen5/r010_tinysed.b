implement Tinysed;

include "sys.m";
	sys: Sys;
include "draw.m";

Tinysed: module
{
	init:	fn(nil: ref Draw->Context, argv: list of string);
};

Cmd: adt {
	pick {
	Subst =>
		old, new:	string;
		global:	int;
		nth:	int;
	Delete =>
		pat:	string;
	Print =>
		pat:	string;
	Quit =>
		line:	int;
	}
};

Parse: exception(string, int);

parse(s: string): ref Cmd raises Parse
{
	if(len s == 0)
		raise Parse("empty command", 0);
	case s[0] {
	's' =>
		if(len s < 2)
			raise Parse("missing delimiter", 1);
		d := s[1];
		parts := array[3] of string;
		k := 0;
		start := 2;
		for(i := 2; i < len s && k < 2; i++)
			if(s[i] == d){
				parts[k++] = s[start:i];
				start = i+1;
			}
		if(k < 2)
			raise Parse("unterminated s command", len s);
		flags := s[start:];
		c := ref Cmd.Subst(parts[0], parts[1], 0, 1);
		for(i = 0; i < len flags; i++)
			if(flags[i] == 'g')
				c.global = 1;
			else if(flags[i] >= '1' && flags[i] <= '9')
				c.nth = flags[i] - '0';
			else
				raise Parse("bad flag " + flags[i:i+1], start+i);
		if(c.old == nil)
			raise Parse("empty pattern", 2);
		return c;
	'd' =>
		return ref Cmd.Delete(s[1:]);
	'p' =>
		return ref Cmd.Print(s[1:]);
	'q' =>
		return ref Cmd.Quit(int s[1:]);
	}
	raise Parse("unknown command", 0);
}

find(s, pat: string, from: int): int
{
	for(i := from; i + len pat <= len s; i++)
		if(s[i:i+len pat] == pat)
			return i;
	return -1;
}

subst(s: string, c: ref Cmd.Subst): string
{
	out := "";
	pos := 0;
	count := 0;
	for(;;){
		i := find(s, c.old, pos);
		if(i < 0)
			break;
		count++;
		if(c.global || count == c.nth){
			out += s[pos:i] + c.new;
			pos = i + len c.old;
			if(!c.global)
				break;
		}else{
			out += s[pos:i+len c.old];
			pos = i + len c.old;
		}
	}
	return out + s[pos:];
}

run(script: list of ref Cmd, lines: array of string)
{
	for(n := 0; n < len lines; n++){
		line := lines[n];
		deleted := 0;
	Cmds:
		for(l := script; l != nil; l = tl l){
			pick c := hd l {
			Subst =>
				line = subst(line, c);
			Delete =>
				if(find(line, c.pat, 0) >= 0){
					deleted = 1;
					break Cmds;
				}
			Print =>
				if(find(line, c.pat, 0) >= 0)
					sys->print("p: %s\n", line);
			Quit =>
				if(n+1 >= c.line){
					sys->print("%s\n", line);
					return;
				}
			}
		}
		if(!deleted)
			sys->print("%s\n", line);
	}
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	fd := sys->create("/tmp/r010.in", Sys->OWRITE, 8r644);
	sys->fprint(fd, "the cat sat on the mat\nthe the the\n# drop me\ncats and dogs\nlast line\nnever seen\n");
	fd = sys->open("/tmp/r010.in", Sys->OREAD);
	b := array[300] of byte;
	n := sys->read(fd, b, len b);
	(nl, ll) := sys->tokenize(string b[0:n], "\n");
	lines := array[nl] of string;
	for(i := 0; i < nl; i++){
		lines[i] = hd ll;
		ll = tl ll;
	}
	srcs := array[] of {"s/the/THE/2", "s/at/@/g", "d#", "pdog", "q5", "x", "s/a/b", "s|at|AT|z", "s///", ""};
	script: list of ref Cmd;
	for(i = len srcs - 1; i >= 0; i--){
		{
			script = parse(srcs[i]) :: script;
		}exception e{
		Parse =>
			(msg, col) := e;
			sys->print("parse %q: %s at %d\n", srcs[i], msg, col);
		}
	}
	sys->print("%d commands\n", len script);
	run(script, lines);
}
