implement Undoedit;

include "sys.m";
	sys: Sys;
include "draw.m";

Undoedit: module {
	init: fn(nil: ref Draw->Context, args: list of string);
};

# an edit and its inverse
Edit: adt {
	pick {
	Insert =>
		line:	int;
		text:	string;
	Delete =>
		line:	int;
		text:	string;
	Replace =>
		line:	int;
		old, new:	string;
	}
};

Buffer: adt {
	lines:	array of string;
	n:	int;
	undo:	list of ref Edit;
	redo:	list of ref Edit;
	dirty:	int;

	apply:	fn(b: self ref Buffer, e: ref Edit);
	perform:	fn(b: self ref Buffer, e: ref Edit);
	undone:	fn(b: self ref Buffer): int;
	redone:	fn(b: self ref Buffer): int;
	print:	fn(b: self ref Buffer);
};

inverse(e: ref Edit): ref Edit
{
	pick x := e {
	Insert =>	return ref Edit.Delete(x.line, x.text);
	Delete =>	return ref Edit.Insert(x.line, x.text);
	Replace =>	return ref Edit.Replace(x.line, x.new, x.old);
	}
	return nil;
}

describe(e: ref Edit): string
{
	pick x := e {
	Insert =>	return sys->sprint("insert %d %q", x.line, x.text);
	Delete =>	return sys->sprint("delete %d %q", x.line, x.text);
	Replace =>	return sys->sprint("replace %d %q -> %q", x.line, x.old, x.new);
	}
	return "?";
}

Buffer.apply(b: self ref Buffer, e: ref Edit)
{
	pick x := e {
	Insert =>
		if(x.line < 1 || x.line > b.n+1)
			raise "bad line";
		if(b.n == len b.lines){
			nl := array[2*len b.lines + 1] of string;
			nl[0:] = b.lines[0:b.n];
			b.lines = nl;
		}
		for(i := b.n; i >= x.line; i--)
			b.lines[i] = b.lines[i-1];
		b.lines[x.line-1] = x.text;
		b.n++;
	Delete =>
		if(x.line < 1 || x.line > b.n)
			raise "bad line";
		for(i := x.line-1; i < b.n-1; i++)
			b.lines[i] = b.lines[i+1];
		b.n--;
		b.lines[b.n] = nil;
	Replace =>
		if(x.line < 1 || x.line > b.n)
			raise "bad line";
		b.lines[x.line-1] = x.new;
	}
}

Buffer.perform(b: self ref Buffer, e: ref Edit)
{
	b.apply(e);
	b.undo = e :: b.undo;
	b.redo = nil;
	b.dirty = 1;
}

Buffer.undone(b: self ref Buffer): int
{
	if(b.undo == nil)
		return 0;
	e := hd b.undo;
	b.undo = tl b.undo;
	b.apply(inverse(e));
	b.redo = e :: b.redo;
	return 1;
}

Buffer.redone(b: self ref Buffer): int
{
	if(b.redo == nil)
		return 0;
	e := hd b.redo;
	b.redo = tl b.redo;
	b.apply(e);
	b.undo = e :: b.undo;
	return 1;
}

Buffer.print(b: self ref Buffer)
{
	for(i := 0; i < b.n; i++)
		sys->print("    %d: %s\n", i+1, b.lines[i]);
	if(b.n == 0)
		sys->print("    (empty)\n");
}

llen(l: list of ref Edit): int
{
	n := 0;
	for(; l != nil; l = tl l)
		n++;
	return n;
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	b := ref Buffer(array[1] of string, 0, nil, nil, 0);
	script := array[] of {
		"a 1 Dear diary,",
		"a 2 today I learned Limbo.",
		"a 3 It has channels.",
		"p",
		"c 2 today I learned Limbo and Dis.",
		"a 2 (a quiet day)",
		"d 4",
		"p",
		"u", "u", "p",
		"r", "p",
		"a 9 out of range",
		"d 1",
		"r",
		"u", "u", "u", "u", "u", "u", "u",
		"p",
		"r", "r", "r",
		"p",
	};
	for(i := 0; i < len script; i++){
		cmd := script[i];
		op := cmd[0];
		ln := 0;
		arg := "";
		if(len cmd > 2){
			rest := cmd[2:];
			j := 0;
			while(j < len rest && rest[j] != ' ')
				j++;
			ln = int rest[0:j];
			if(j < len rest)
				arg = rest[j+1:];
		}
		{
			case op {
			'a' =>
				e := ref Edit.Insert(ln, arg);
				b.perform(e);
				sys->print("%-34s ok\n", describe(e));
			'd' =>
				if(ln < 1 || ln > b.n)
					raise "bad line";
				e := ref Edit.Delete(ln, b.lines[ln-1]);
				b.perform(e);
				sys->print("%-34s ok\n", describe(e));
			'c' =>
				if(ln < 1 || ln > b.n)
					raise "bad line";
				e := ref Edit.Replace(ln, b.lines[ln-1], arg);
				b.perform(e);
				sys->print("%s\n", describe(e));
			'u' =>
				if(b.undone())
					sys->print("undo   (undo %d, redo %d)\n", llen(b.undo), llen(b.redo));
				else
					sys->print("undo   nothing to undo\n");
			'r' =>
				if(b.redone())
					sys->print("redo   (undo %d, redo %d)\n", llen(b.undo), llen(b.redo));
				else
					sys->print("redo   nothing to redo\n");
			'p' =>
				sys->print("buffer, %d line(s):\n", b.n);
				b.print();
			}
		} exception e {
		"bad line" =>
			sys->print("%-34s ? bad line\n", cmd);
		}
	}
}
