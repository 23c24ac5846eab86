#args: HOME=/usr/glenda USER=glenda SHELL=/dis/sh.dis TERM=vt100 EDITOR=acme
implement EnvExpand;

include "sys.m";
	sys: Sys;
include "draw.m";

EnvExpand: module
{
	init: fn(ctxt: ref Draw->Context, argv: list of string);
};

Node: adt {
	name:	string;
	value:	string;
	next:	cyclic ref Node;
};

env: ref Node;

setenv(name, value: string)
{
	for(n := env; n != nil; n = n.next)
		if(n.name == name){
			n.value = value;
			return;
		}
	env = ref Node(name, value, env);
}

getenv(name: string): ref Node
{
	for(n := env; n != nil; n = n.next)
		if(n.name == name)
			return n;
	return nil;
}

isname(c: int): int
{
	return c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '_';
}

# expand $NAME and ${NAME}; ${NAME:-default} gives a default
expand(s: string): string
{
	r := "";
	i := 0;
	while(i < len s){
		if(s[i] != '$' || i+1 >= len s){
			r[len r] = s[i++];
			continue;
		}
		i++;
		name, dflt: string;
		hasdflt := 0;
		if(s[i] == '{'){
			j := i + 1;
			while(j < len s && s[j] != '}')
				j++;
			inner := s[i+1:j];
			i = j + 1;
			for(k := 0; k+1 < len inner; k++)
				if(inner[k] == ':' && inner[k+1] == '-'){
					dflt = inner[k+2:];
					inner = inner[0:k];
					hasdflt = 1;
					break;
				}
			name = inner;
		}else{
			if(!isname(s[i]) || s[i] >= '0' && s[i] <= '9'){
				r += "$";	# not a variable reference
				continue;
			}
			j := i;
			while(j < len s && isname(s[j]))
				j++;
			name = s[i:j];
			i = j;
		}
		n := getenv(name);
		if(n == nil && hasdflt)
			r += dflt;
		else
			r += n.value;	# assumes the variable exists
	}
	return r;
}

init(nil: ref Draw->Context, argv: list of string)
{
	sys = load Sys Sys->PATH;
	for(argv = tl argv; argv != nil; argv = tl argv){
		(n, l) := sys->tokenize(hd argv, "=");
		if(n != 2){
			sys->fprint(sys->fildes(2), "bad assignment %s\n", hd argv);
			continue;
		}
		setenv(hd l, hd tl l);
	}
	setenv("TERM", "dumb");
	count := 0;
	for(e := env; e != nil; e = e.next){
		sys->print("%-8s= %s\n", e.name, e.value);
		count++;
	}
	sys->print("%d variables\n\n", count);

	lines := array[] of {
		"cd $HOME && ls",
		"hello ${USER}, your terminal is $TERM",
		"editor: ${EDITOR:-vi}, pager: ${PAGER:-more}",
		"price is $5 and a lone $",
		"profile at $HOME/lib/profile run by $SHELL",
		"mail goes to $MAILDIR/inbox",
		"never reached",
	};
	for(i := 0; i < len lines; i++){
		sys->print("in:  %s\n", lines[i]);
		sys->print("out: %s\n", expand(lines[i]));
	}
}
