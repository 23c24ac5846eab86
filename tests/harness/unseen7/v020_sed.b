implement Sed;

include "sys.m";
	sys: Sys;
include "draw.m";

Sed: module
{
	init:	fn(nil: ref Draw->Context, argv: list of string);
};

Addr: adt {
	pick {
	None =>
	Line =>
		n:	int;
	Last =>
	Match =>
		pat:	string;
	}
};

Cmd: adt {
	a1, a2:	ref Addr;
	active:	int;
	pick {
	Subst =>
		old, new:	string;
		global:	int;
	Delete =>
	Print =>
	Quit =>
	Append =>
		text:	string;
	}
};

stderr: ref Sys->FD;

index(s, t: string): int
{
	for(i := 0; i + len t <= len s; i++)
		if(s[i:i+len t] == t)
			return i;
	return -1;
}

parseaddr(s: string, i: int): (ref Addr, int)
{
	if(i >= len s)
		return (ref Addr.None, i);
	case s[i] {
	'0' to '9' =>
		n := 0;
		while(i < len s && s[i] >= '0' && s[i] <= '9')
			n = n*10 + s[i++] - '0';
		return (ref Addr.Line(n), i);
	'$' =>
		return (ref Addr.Last, i+1);
	'/' =>
		j := i+1;
		while(j < len s && s[j] != '/')
			j++;
		if(j >= len s)
			raise "fail:unterminated address";
		return (ref Addr.Match(s[i+1:j]), j+1);
	}
	return (ref Addr.None, i);
}

parse(s: string): ref Cmd
{
	(a1, i) := parseaddr(s, 0);
	a2: ref Addr = ref Addr.None;
	if(i < len s && s[i] == ','){
		(a2, i) = parseaddr(s, i+1);
	}
	if(i >= len s)
		raise "fail:missing command";
	case s[i] {
	's' =>
		d := s[i+1];
		(nil, parts) := sys->tokenize(s[i+2:], sys->sprint("%c", d));
		if(len parts < 1)
			raise "fail:bad substitute";
		old := hd parts;
		new := "";
		if(tl parts != nil)
			new = hd tl parts;
		g := s[len s-1] == 'g' && s[len s-2] == d;
		return ref Cmd.Subst(a1, a2, 0, old, new, g);
	'd' =>
		return ref Cmd.Delete(a1, a2, 0);
	'p' =>
		return ref Cmd.Print(a1, a2, 0);
	'q' =>
		return ref Cmd.Quit(a1, a2, 0);
	'a' =>
		return ref Cmd.Append(a1, a2, 0, s[i+1:]);
	}
	raise "fail:unknown command " + s[i:i+1];
}

matchaddr(a: ref Addr, line: string, n, last: int): int
{
	pick x := a {
	None =>	return 1;
	Line =>	return n == x.n;
	Last =>	return last;
	Match =>	return index(line, x.pat) >= 0;
	}
	return 0;
}

selects(c: ref Cmd, line: string, n, last: int): int
{
	if(tagof c.a2 == tagof Addr.None)
		return matchaddr(c.a1, line, n, last);
	if(c.active){
		if(matchaddr(c.a2, line, n, last))
			c.active = 0;
		return 1;
	}
	if(matchaddr(c.a1, line, n, last)){
		c.active = 1;
		return 1;
	}
	return 0;
}

subst(s, old, new: string, g: int): string
{
	out := "";
	while((i := index(s, old)) >= 0){
		out += s[0:i] + new;
		s = s[i+len old:];
		if(!g || old == "")
			break;
	}
	return out + s;
}

run(script: array of string, input: array of string, nflag: int)
{
	cmds := array[len script] of ref Cmd;
	for(i := 0; i < len script; i++)
		cmds[i] = parse(script[i]);
Line:
	for(n := 1; n <= len input; n++){
		line := input[n-1];
		last := n == len input;
		appended: list of string;
		for(i = 0; i < len cmds; i++){
			c := cmds[i];
			if(!selects(c, line, n, last))
				continue;
			pick x := c {
			Subst =>
				line = subst(line, x.old, x.new, x.global);
			Delete =>
				continue Line;
			Print =>
				sys->print("%s\n", line);
			Quit =>
				if(!nflag)
					sys->print("%s\n", line);
				break Line;
			Append =>
				appended = x.text :: appended;
			}
		}
		if(!nflag)
			sys->print("%s\n", line);
		for(; appended != nil; appended = tl appended)
			sys->print("%s\n", hd appended);
	}
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	stderr = sys->fildes(2);
	input := array[] of {
		"begin", "one fish", "two fish", "red fish", "blue fish", "end", "after",
	};
	scripts := array[] of {
		(array[] of {"s/fish/cat/"}, 0),
		(array[] of {"2,4d", "s/i/I/g"}, 0),
		(array[] of {"/two/,/blue/p"}, 1),
		(array[] of {"$p", "1p"}, 1),
		(array[] of {"/red/q"}, 0),
		(array[] of {"/end/a---", "s/ fish//"}, 0),
		(array[] of {"3x"}, 0),
	};
	for(k := 0; k < len scripts; k++){
		(sc, nflag) := scripts[k];
		s := "";
		for(j := 0; j < len sc; j++)
			s += " -e " + sc[j];
		if(nflag)
			s = " -n" + s;
		sys->print("== sed%s\n", s);
		{
			run(sc, input, nflag);
		} exception e {
		"fail:*" =>
			sys->fprint(stderr, "sed: %s\n", e[5:]);
		}
	}
}
