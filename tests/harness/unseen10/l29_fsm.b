#args: coin25 coin10 pick:gum coin25 coin25 pick:chips refund pick:gum coin5 coin25 coin25 coin25 coin25 pick:soda kick
implement Fsm;

include "sys.m";
	sys: Sys;
include "draw.m";

Fsm: module
{
	init: fn(nil: ref Draw->Context, args: list of string);
};

# ---------- a lexer whose states are functions ----------
Lexer: adt {
	src: string;
	pos: int;
	buf: string;
	toks: list of string;
	emit: fn(l: self ref Lexer, kind: string);
};

Lexer.emit(l: self ref Lexer, kind: string)
{
	l.toks = kind + ":" + l.buf :: l.toks;
	l.buf = "";
}

START, IDENT, NUMBER, STRING, OPER, DONE: con iota;

isalpha(c: int): int { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_'; }
isdigit(c: int): int { return c >= '0' && c <= '9'; }
isop(c: int): int
{
	for(i := 0; i < len "+-*/=<>!"; i++)
		if("+-*/=<>!"[i] == c)
			return 1;
	return 0;
}

# each state consumes (or not) the current character and returns the next state
sstart(l: ref Lexer, c: int): int
{
	if(c < 0)
		return DONE;
	if(isalpha(c))
		return IDENT;
	if(isdigit(c))
		return NUMBER;
	if(c == '"'){
		l.pos++;
		return STRING;
	}
	if(isop(c))
		return OPER;
	l.pos++;
	if(c != ' '){
		l.buf[0] = c;
		l.emit("punct");
	}
	return START;
}

sident(l: ref Lexer, c: int): int
{
	if(c >= 0 && (isalpha(c) || isdigit(c))){
		l.buf[len l.buf] = c;
		l.pos++;
		return IDENT;
	}
	case l.buf {
	"if" or "else" or "while" or "return" =>
		l.emit("kw");
	* =>
		l.emit("id");
	}
	return START;
}

snumber(l: ref Lexer, c: int): int
{
	if(c >= 0 && isdigit(c)){
		l.buf[len l.buf] = c;
		l.pos++;
		return NUMBER;
	}
	l.emit("num");
	return START;
}

sstring(l: ref Lexer, c: int): int
{
	if(c < 0){
		l.emit("unterminated");
		return DONE;
	}
	l.pos++;
	if(c == '"'){
		l.emit("str");
		return START;
	}
	l.buf[len l.buf] = c;
	return STRING;
}

soper(l: ref Lexer, c: int): int
{
	if(c >= 0 && isop(c) && len l.buf < 2){
		l.buf[len l.buf] = c;
		l.pos++;
		return OPER;
	}
	l.emit("op");
	return START;
}

lexstates: array of ref fn(l: ref Lexer, c: int): int;

lex(s: string): (list of string, int)
{
	l := ref Lexer(s, 0, "", nil);
	st := START;
	transitions := 0;
	while(st != DONE){
		c := -1;
		if(l.pos < len l.src)
			c = l.src[l.pos];
		st = lexstates[st](l, c);
		transitions++;
	}
	r: list of string;
	for(t := l.toks; t != nil; t = tl t)
		r = hd t :: r;
	return (r, transitions);
}

# ---------- a vending machine driven by events ----------
Vend: adt {
	credit: int;
	state: int;
	sold: list of string;
	bank: int;
};

IDLE, PAYING, BROKEN: con iota;
statenames := array[] of {"idle", "paying", "broken"};

Product: adt {
	name: string;
	price: int;
	stock: int;
};

products: array of ref Product;

Handler: type ref fn(v: ref Vend, ev: string, arg: string): int;

hidle(v: ref Vend, ev: string, arg: string): int
{
	case ev {
	"coin" =>
		v.credit += int arg;
		return PAYING;
	"pick" =>
		sys->print("    insert coins first\n");
		return IDLE;
	"kick" =>
		return BROKEN;
	}
	return IDLE;
}

hpaying(v: ref Vend, ev: string, arg: string): int
{
	case ev {
	"coin" =>
		v.credit += int arg;
		return PAYING;
	"refund" =>
		sys->print("    refunding %d\n", v.credit);
		v.credit = 0;
		return IDLE;
	"pick" =>
		for(i := 0; i < len products; i++){
			p := products[i];
			if(p.name != arg)
				continue;
			if(p.stock == 0){
				sys->print("    %s sold out\n", arg);
				return PAYING;
			}
			if(v.credit < p.price){
				sys->print("    %s costs %d, credit %d\n", arg, p.price, v.credit);
				return PAYING;
			}
			p.stock--;
			v.credit -= p.price;
			v.bank += p.price;
			v.sold = arg :: v.sold;
			sys->print("    vend %s, change %d\n", arg, v.credit);
			v.credit = 0;
			return IDLE;
		}
		sys->print("    no such product %s\n", arg);
		return PAYING;
	"kick" =>
		return BROKEN;
	}
	return PAYING;
}

hbroken(nil: ref Vend, ev: string, nil: string): int
{
	sys->print("    (machine is broken, ignoring %s)\n", ev);
	return BROKEN;
}

vendstates: array of Handler;

splitev(s: string): (string, string)
{
	for(i := 0; i < len s; i++)
		if(s[i] == ':')
			return (s[0:i], s[i + 1:]);
	# "coin25" style: split at first digit
	for(i = 0; i < len s; i++)
		if(isdigit(s[i]))
			return (s[0:i], s[i:]);
	return (s, "");
}

init(nil: ref Draw->Context, args: list of string)
{
	sys = load Sys Sys->PATH;
	lexstates = array[] of {
		START => sstart, IDENT => sident, NUMBER => snumber, STRING => sstring, OPER => soper,
	};
	vendstates = array[] of {IDLE => hidle, PAYING => hpaying, BROKEN => hbroken};
	srcs := array[] of {
		"if x1 >= 42 { y = \"hi there\"; } else return z!=7",
		"a+++b",
		"count = \"open",
	};
	for(i := 0; i < len srcs; i++){
		(toks, n) := lex(srcs[i]);
		sys->print("lex %d (%d transitions):", i, n);
		for(; toks != nil; toks = tl toks)
			sys->print(" [%s]", hd toks);
		sys->print("\n");
	}

	products = array[] of {ref Product("gum", 30, 2), ref Product("chips", 50, 1), ref Product("soda", 100, 1)};
	v := ref Vend(0, IDLE, nil, 0);
	h: Handler;
	for(a := tl args; a != nil; a = tl a){
		(ev, arg) := splitev(hd a);
		old := v.state;
		h = vendstates[v.state];
		v.state = h(v, ev, arg);
		sys->print("%-10s %s -> %s credit=%d\n", hd a, statenames[old], statenames[v.state], v.credit);
	}
	h = vendstates[v.state];
	v.state = h(v, "coin", "5");
	sys->print("bank=%d sold:", v.bank);
	for(s := v.sold; s != nil; s = tl s)
		sys->print(" %s", hd s);
	sys->print("\n");
	for(i = 0; i < len products; i++)
		sys->print("stock %s=%d\n", products[i].name, products[i].stock);
}
