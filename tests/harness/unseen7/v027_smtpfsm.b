implement Smtpfsm;

include "sys.m";
	sys: Sys;
include "draw.m";

Smtpfsm: module
{
	init:	fn(nil: ref Draw->Context, argv: list of string);
};

Init, Greeted, Mail, Rcpt, Data, Quit: con iota;
statenames := array[] of {"Init", "Greeted", "Mail", "Rcpt", "Data", "Quit"};

Session: adt {
	state:	int;
	from:	string;
	rcpts:	list of string;
	body:	list of string;
	delivered:	int;
	input:	fn(s: self ref Session, line: string): string;
};

verb(line: string): (string, string)
{
	for(i := 0; i < len line; i++)
		if(line[i] == ' ' || line[i] == ':')
			break;
	v := line[0:i];
	for(k := 0; k < len v; k++)
		if(v[k] >= 'a' && v[k] <= 'z')
			v[k] -= 'a' - 'A';
	rest := "";
	if(i < len line)
		rest = line[i+1:];
	while(len rest > 0 && (rest[0] == ' ' || rest[0] == ':'))
		rest = rest[1:];
	return (v, rest);
}

Session.input(s: self ref Session, line: string): string
{
	if(s.state == Data){
		if(line == "."){
			s.state = Greeted;
			s.delivered += len s.rcpts;
			n := len s.body;
			s.rcpts = nil;
			s.body = nil;
			return sys->sprint("250 accepted %d lines", n);
		}
		if(len line > 1 && line[0] == '.')
			line = line[1:];
		s.body = line :: s.body;
		return nil;
	}
	(v, arg) := verb(line);
	case v {
	"HELO" or "EHLO" =>
		if(arg == "")
			return "501 domain required";
		s.state = Greeted;
		return "250 hello " + arg;
	"MAIL" =>
		if(s.state != Greeted)
			return "503 bad sequence";
		(nil, addr) := verb(arg);
		s.from = addr;
		s.state = Mail;
		return "250 sender ok";
	"RCPT" =>
		if(s.state != Mail && s.state != Rcpt)
			return "503 need MAIL first";
		(nil, addr) := verb(arg);
		s.rcpts = addr :: s.rcpts;
		s.state = Rcpt;
		return "250 recipient ok";
	"DATA" =>
		if(s.state != Rcpt)
			return "503 need RCPT first";
		s.state = Data;
		return "354 end with .";
	"RSET" =>
		if(s.state != Init)
			s.state = Greeted;
		s.rcpts = nil;
		return "250 reset";
	"NOOP" =>
		return "250 ok";
	"QUIT" =>
		s.state = Quit;
		return "221 bye";
	}
	return "500 unknown command " + v;
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	script := array[] of {
		"MAIL FROM:<a@b>",
		"helo",
		"ehlo plan9.example",
		"RCPT TO:<x@y>",
		"mail from:<glenda@plan9>",
		"rcpt to:<rob@plan9>",
		"RCPT TO:<ken@plan9>",
		"DATA",
		"Subject: test",
		"",
		"..leading dot",
		"bye",
		".",
		"FROB",
		"NOOP",
		"QUIT",
		"NOOP",
	};
	s := ref Session(Init, nil, nil, nil, 0);
	for(i := 0; i < len script; i++){
		if(s.state == Quit){
			sys->print("[closed] ignoring %q\n", script[i]);
			continue;
		}
		old := s.state;
		r := s.input(script[i]);
		if(r != nil)
			sys->print("%-8s C: %-28q S: %s\n", statenames[old], script[i], r);
		else
			sys->print("%-8s C: %-28q\n", statenames[old], script[i]);
	}
	sys->print("from %s, delivered %d\n", s.from, s.delivered);
}
