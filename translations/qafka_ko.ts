<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko_KR">
<context>
    <name>AclAdmin</name>
    <message>
        <source>This cluster keeps no ACLs: its brokers run without an authorizer (authorizer.class.name is not set), so every client that can connect may do everything.</source>
        <translation>이 클러스터에는 ACL이 없습니다. 브로커가 authorizer 없이 실행 중이므로(authorizer.class.name이 설정되지 않음) 연결할 수 있는 모든 클라이언트가 모든 작업을 할 수 있습니다.</translation>
    </message>
    <message>
        <source>This login may not change ACLs: that needs ALTER on the cluster resource (kafka-cluster), or a super user.</source>
        <translation>이 로그인은 ACL을 변경할 수 없습니다. 클러스터 리소스(kafka-cluster)에 대한 ALTER 권한이나 슈퍼 유저가 필요합니다.</translation>
    </message>
    <message>
        <source>This login may not read the ACLs: that needs DESCRIBE on the cluster resource (kafka-cluster), or a super user.</source>
        <translation>이 로그인은 ACL을 읽을 수 없습니다. 클러스터 리소스(kafka-cluster)에 대한 DESCRIBE 권한이나 슈퍼 유저가 필요합니다.</translation>
    </message>
    <message>
        <source>The ACLs could not be changed: %1</source>
        <translation>ACL을 변경하지 못했습니다: %1</translation>
    </message>
    <message>
        <source>The ACLs could not be read: %1</source>
        <translation>ACL을 읽지 못했습니다: %1</translation>
    </message>
</context>
<context>
    <name>AclBinding</name>
    <message>
        <source>%1 %2 from %3 to %4 %5 %6 (%7)</source>
        <extracomment>%1 ALLOW/DENY, %2 principal, %3 host, %4 operation, %5 resource type, %6 name, %7 pattern</extracomment>
        <translation>%1 %2, 호스트 %3, %4 %5 %6 (%7)</translation>
    </message>
    <message>
        <source>Choose the type of resource the binding is for.</source>
        <translation>바인딩을 적용할 리소스 유형을 선택하세요.</translation>
    </message>
    <message>
        <source>Name the resource (&quot;*&quot; means every resource of the type).</source>
        <translation>리소스 이름을 입력하세요(&quot;*&quot;는 해당 유형의 모든 리소스).</translation>
    </message>
    <message>
        <source>The cluster resource is always named kafka-cluster.</source>
        <translation>클러스터 리소스의 이름은 항상 kafka-cluster입니다.</translation>
    </message>
    <message>
        <source>The pattern type is LITERAL or PREFIXED.</source>
        <translation>패턴 유형은 LITERAL 또는 PREFIXED입니다.</translation>
    </message>
    <message>
        <source>A principal is a type and a name, such as User:alice.</source>
        <translation>주체(principal)는 User:alice처럼 유형과 이름으로 이루어집니다.</translation>
    </message>
    <message>
        <source>Name the host the binding is for (&quot;*&quot; means any host).</source>
        <translation>바인딩을 적용할 호스트를 입력하세요(&quot;*&quot;는 모든 호스트).</translation>
    </message>
    <message>
        <source>%1 is not an operation on a %2 resource.</source>
        <translation>%1은(는) %2 리소스에 대한 작업이 아닙니다.</translation>
    </message>
    <message>
        <source>The permission is ALLOW or DENY.</source>
        <translation>권한은 ALLOW 또는 DENY입니다.</translation>
    </message>
</context>
<context>
    <name>AdminClient</name>
    <message>
        <source>The client property %1 is not accepted: %2</source>
        <translation>클라이언트 속성 %1을(를) 사용할 수 없습니다: %2</translation>
    </message>
    <message>
        <source>Correct or remove it in the connection&apos;s extra properties.</source>
        <translation>연결의 추가 속성에서 이 속성을 수정하거나 제거하세요.</translation>
    </message>
    <message>
        <source>The Kafka client could not be created: %1</source>
        <translation>Kafka 클라이언트를 생성할 수 없습니다: %1</translation>
    </message>
    <message>
        <source>Metadata request failed</source>
        <translation>메타데이터 요청 실패</translation>
    </message>
    <message>
        <source>DescribeCluster</source>
        <translation>DescribeCluster</translation>
    </message>
    <message>
        <source>DescribeConfigs of broker %1</source>
        <translation>브로커 %1의 DescribeConfigs</translation>
    </message>
    <message>
        <source>The client key could not be loaded: check that the key file holds the private key of the client certificate and that its passphrase is right.</source>
        <translation>클라이언트 키를 불러올 수 없습니다. 키 파일에 클라이언트 인증서의 개인 키가 들어 있는지, 암호가 맞는지 확인하세요.</translation>
    </message>
    <message>
        <source>The CA file could not be loaded: choose the PEM file of the CA that signed the broker&apos;s certificate.</source>
        <translation>CA 파일을 불러올 수 없습니다. 브로커 인증서에 서명한 CA의 PEM 파일을 선택하세요.</translation>
    </message>
    <message>
        <source>The client certificate could not be loaded: choose its PEM or DER file, or a PKCS#12 bundle (.p12 or .pfx).</source>
        <translation>클라이언트 인증서를 불러올 수 없습니다. PEM 또는 DER 파일이나 PKCS#12 번들(.p12 또는 .pfx)을 선택하세요.</translation>
    </message>
    <message>
        <source>The PKCS#12 bundle could not be opened: check that the file is a PKCS#12 (.p12 or .pfx) file and that the key passphrase is the bundle&apos;s password. Bundles from older Java or Windows exports use RC2 encryption, which OpenSSL 3 refuses: export them again with AES (openssl pkcs12 -legacy to read, then -export).</source>
        <translation>PKCS#12 번들을 열 수 없습니다. 파일이 PKCS#12(.p12 또는 .pfx) 파일인지, 키 암호가 번들의 비밀번호와 같은지 확인하세요. 예전 Java나 Windows에서 내보낸 번들은 OpenSSL 3이 거부하는 RC2 암호화를 사용합니다. AES로 다시 내보내세요(openssl pkcs12 -legacy로 읽은 뒤 -export).</translation>
    </message>
</context>
<context>
    <name>AvroCodec</name>
    <message>
        <source>%1: %2 (at byte %3): the payload does not match the schema %4.</source>
        <translation>%1: %2(바이트 %3): 페이로드가 스키마 %4과(와) 일치하지 않습니다.</translation>
    </message>
    <message numerus="yes">
        <source>The payload ends after %n byte(s), in %1: it is cut short or does not match the schema %2.</source>
        <translation>
            <numerusform>페이로드가 %1에서 %n바이트 만에 끝납니다: 잘렸거나 스키마 %2과(와) 일치하지 않습니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>a number is longer than 64 bits</source>
        <translation>64비트보다 긴 숫자</translation>
    </message>
    <message>
        <source>values nest more than %1 levels deep</source>
        <translation>값이 %1단계보다 깊게 중첩됨</translation>
    </message>
    <message>
        <source>the byte 0x%1 is not a boolean</source>
        <translation>바이트 0x%1은(는) 불리언이 아님</translation>
    </message>
    <message>
        <source>%1 does not fit an int</source>
        <translation>%1은(는) int 범위를 벗어남</translation>
    </message>
    <message numerus="yes">
        <source>the enum %1 has no symbol number %2 (it has %n)</source>
        <translation>
            <numerusform>enum %1에 %2번 심볼이 없음(심볼 %n개)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the union has no branch number %1 (it has %n)</source>
        <translation>
            <numerusform>유니온에 %1번 브랜치가 없음(브랜치 %n개)</numerusform>
        </translation>
    </message>
    <message>
        <source>the length %1 is negative</source>
        <translation>길이 %1이(가) 음수임</translation>
    </message>
    <message>
        <source>the item count %1 is not possible</source>
        <translation>항목 수 %1은(는) 불가능한 값임</translation>
    </message>
    <message>
        <source>more than %1 items that take no bytes</source>
        <translation>바이트를 차지하지 않는 항목이 %1개를 초과함</translation>
    </message>
    <message>
        <source>the length %1 of a map key is negative</source>
        <translation>맵 키의 길이 %1이(가) 음수임</translation>
    </message>
    <message>
        <source>Avro C cannot read the schema: %1</source>
        <translation>Avro C가 스키마를 읽을 수 없습니다: %1</translation>
    </message>
    <message>
        <source>Avro C cannot make values of the schema: %1</source>
        <translation>Avro C가 이 스키마의 값을 만들 수 없습니다: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n byte(s) left after the record: the payload does not match the schema %1.</source>
        <translation>
            <numerusform>레코드 뒤에 %n바이트가 남았습니다: 페이로드가 스키마 %1과(와) 일치하지 않습니다.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n byte(s) left after the value: the payload does not match the schema %1.</source>
        <translation>
            <numerusform>값 뒤에 %n바이트가 남았습니다: 페이로드가 스키마 %1과(와) 일치하지 않습니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>Avro C could not read the payload: %1</source>
        <translation>Avro C가 페이로드를 읽지 못했습니다: %1</translation>
    </message>
    <message>
        <source>Avro C read a value that does not fit the schema %1.</source>
        <translation>Avro C가 스키마 %1에 맞지 않는 값을 읽었습니다.</translation>
    </message>
    <message>
        <source>Avro C cannot make a value: %1</source>
        <translation>Avro C가 값을 만들 수 없습니다: %1</translation>
    </message>
    <message>
        <source>Avro C could not write the value: %1</source>
        <translation>Avro C가 값을 쓰지 못했습니다: %1</translation>
    </message>
    <message>
        <source>%1: %2.</source>
        <translation>%1: %2.</translation>
    </message>
    <message>
        <source>expected %1, got %2</source>
        <translation>예상: %1, 실제: %2</translation>
    </message>
    <message>
        <source>Avro C refused the value (%1)</source>
        <translation>Avro C가 값을 거부함(%1)</translation>
    </message>
    <message>
        <source>%1 does not fit an int (%2 to %3)</source>
        <translation>%1은(는) int 범위(%2~%3)를 벗어남</translation>
    </message>
    <message>
        <source>%1 does not fit a long</source>
        <translation>%1은(는) long 범위를 벗어남</translation>
    </message>
    <message>
        <source>%1 is too large for a float</source>
        <translation>%1은(는) float로 나타내기에 너무 큼</translation>
    </message>
    <message numerus="yes">
        <source>expected %n byte(s) for the fixed %1, got %2</source>
        <translation>
            <numerusform>fixed %1에는 %n바이트가 필요하지만 %2바이트임</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 has more digits after the point than the scale %2 allows</source>
        <translation>%1의 소수점 이하 자릿수가 스케일 %2에서 허용하는 것보다 많음</translation>
    </message>
    <message>
        <source>%1 has more digits than the precision %2 allows</source>
        <translation>%1의 자릿수가 정밀도 %2에서 허용하는 것보다 많음</translation>
    </message>
    <message>
        <source>%1 is not a symbol of the enum %2 (%3)</source>
        <translation>%1은(는) enum %2의 심볼이 아님(%3)</translation>
    </message>
    <message>
        <source>the record %1 has no such field</source>
        <translation>레코드 %1에 없는 필드임</translation>
    </message>
    <message>
        <source>missing; the field has no default, so it is required</source>
        <translation>없음: 기본값이 없으므로 필수 필드임</translation>
    </message>
    <message>
        <source>The schema&apos;s default for %1 does not fit its type: %2</source>
        <translation>스키마에 지정된 %1의 기본값이 유형에 맞지 않습니다: %2</translation>
    </message>
    <message>
        <source>Avro C cannot write a map key with a NUL character</source>
        <translation>Avro C는 NUL 문자가 들어 있는 맵 키를 쓸 수 없음</translation>
    </message>
    <message>
        <source>More problems are not listed.</source>
        <translation>나머지 문제는 표시하지 않습니다.</translation>
    </message>
    <message>
        <source>%1 is not a time of day: it is shown as a number</source>
        <translation>%1은(는) 하루 중 시각이 아니므로 숫자로 표시함</translation>
    </message>
    <message>
        <source>the decimal has %1 digits, more than its precision %2</source>
        <translation>십진수의 자릿수(%1)가 정밀도 %2보다 많음</translation>
    </message>
    <message numerus="yes">
        <source>the decimal is too long to show as a number (%n byte(s)): it is shown in base64</source>
        <translation>
            <numerusform>십진수가 너무 길어 숫자로 표시할 수 없으므로(%n바이트) Base64로 표시함</numerusform>
        </translation>
    </message>
    <message>
        <source>the text is not valid UTF-8: each bad byte is shown as U+FFFD</source>
        <translation>텍스트가 올바른 UTF-8이 아니므로 잘못된 바이트를 각각 U+FFFD로 표시함</translation>
    </message>
    <message>
        <source>The referenced schema %1</source>
        <translation>참조된 스키마 %1</translation>
    </message>
    <message>
        <source>The schema</source>
        <translation>스키마</translation>
    </message>
    <message>
        <source>%1 is not JSON. %2</source>
        <translation>%1이(가) JSON이 아닙니다. %2</translation>
    </message>
    <message>
        <source>%1 is not valid Avro: %2.</source>
        <translation>%1이(가) 올바른 Avro가 아닙니다: %2.</translation>
    </message>
    <message>
        <source>%1 is not valid Avro: %2: %3.</source>
        <translation>%1이(가) 올바른 Avro가 아닙니다: %2: %3.</translation>
    </message>
    <message>
        <source>a type is a name, an object or an array, not %1</source>
        <translation>유형은 이름, 객체 또는 배열이어야 하며 %1일 수 없음</translation>
    </message>
    <message>
        <source>a type object has no &quot;type&quot;</source>
        <translation>유형 객체에 &quot;type&quot;이 없음</translation>
    </message>
    <message>
        <source>&quot;type&quot; is %1, not a name</source>
        <translation>&quot;type&quot;이 이름이 아니라 %1임</translation>
    </message>
    <message>
        <source>the %1 has no &quot;%2&quot;</source>
        <translation>%1에 &quot;%2&quot;이(가) 없음</translation>
    </message>
    <message>
        <source>a %1 has no &quot;name&quot;</source>
        <translation>%1에 &quot;name&quot;이 없음</translation>
    </message>
    <message>
        <source>&quot;size&quot; is not a whole number of bytes</source>
        <translation>&quot;size&quot;가 정수 바이트 수가 아님</translation>
    </message>
    <message>
        <source>the record has no &quot;fields&quot; array</source>
        <translation>레코드에 &quot;fields&quot; 배열이 없음</translation>
    </message>
    <message>
        <source>field %1 has no &quot;name&quot;</source>
        <translation>필드 %1에 &quot;name&quot;이 없음</translation>
    </message>
    <message>
        <source>the field %1 appears twice</source>
        <translation>필드 %1이(가) 두 번 나옴</translation>
    </message>
    <message>
        <source>the field has no &quot;type&quot;</source>
        <translation>필드에 &quot;type&quot;이 없음</translation>
    </message>
    <message>
        <source>the enum has no &quot;symbols&quot;</source>
        <translation>enum에 &quot;symbols&quot;가 없음</translation>
    </message>
    <message>
        <source>the symbol %1 is not a string</source>
        <translation>심볼 %1이(가) 문자열이 아님</translation>
    </message>
    <message>
        <source>the symbol %1 appears twice</source>
        <translation>심볼 %1이(가) 두 번 나옴</translation>
    </message>
    <message>
        <source>a union has no types</source>
        <translation>유니온에 유형이 없음</translation>
    </message>
    <message>
        <source>the name is defined twice</source>
        <translation>이름이 두 번 정의됨</translation>
    </message>
    <message>
        <source>the type %1 is not defined here or in a referenced schema</source>
        <translation>유형 %1이(가) 이 스키마에도, 참조된 스키마에도 정의되어 있지 않음</translation>
    </message>
    <message>
        <source>a union directly inside a union</source>
        <translation>유니온 바로 안에 유니온이 있음</translation>
    </message>
    <message>
        <source>a union has the type %1 twice</source>
        <translation>유니온에 유형 %1이(가) 두 번 있음</translation>
    </message>
    <message>
        <source>a date (&quot;2024-01-31&quot; or days since 1970)</source>
        <translation>날짜(&quot;2024-01-31&quot; 또는 1970년 이후 일수)</translation>
    </message>
    <message>
        <source>a time of day (&quot;12:34:56.789&quot; or milliseconds)</source>
        <translation>하루 중 시각(&quot;12:34:56.789&quot; 또는 밀리초)</translation>
    </message>
    <message>
        <source>a time of day (&quot;12:34:56.789012&quot; or microseconds)</source>
        <translation>하루 중 시각(&quot;12:34:56.789012&quot; 또는 마이크로초)</translation>
    </message>
    <message>
        <source>a timestamp (&quot;2024-01-31T12:34:56.789Z&quot; or milliseconds since 1970)</source>
        <translation>타임스탬프(&quot;2024-01-31T12:34:56.789Z&quot; 또는 1970년 이후 밀리초)</translation>
    </message>
    <message>
        <source>a timestamp (&quot;2024-01-31T12:34:56.789012Z&quot; or microseconds since 1970)</source>
        <translation>타임스탬프(&quot;2024-01-31T12:34:56.789012Z&quot; 또는 1970년 이후 마이크로초)</translation>
    </message>
    <message>
        <source>a local timestamp (&quot;2024-01-31T12:34:56.789&quot; or milliseconds since 1970)</source>
        <translation>로컬 타임스탬프(&quot;2024-01-31T12:34:56.789&quot; 또는 1970년 이후 밀리초)</translation>
    </message>
    <message>
        <source>a local timestamp (&quot;2024-01-31T12:34:56.789012&quot; or microseconds since 1970)</source>
        <translation>로컬 타임스탬프(&quot;2024-01-31T12:34:56.789012&quot; 또는 1970년 이후 마이크로초)</translation>
    </message>
    <message>
        <source>a decimal number (precision %1, scale %2)</source>
        <translation>십진수(정밀도 %1, 스케일 %2)</translation>
    </message>
    <message>
        <source>a UUID</source>
        <translation>UUID</translation>
    </message>
    <message>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <source>a boolean</source>
        <translation>불리언</translation>
    </message>
    <message>
        <source>an int</source>
        <translation>int</translation>
    </message>
    <message>
        <source>a long</source>
        <translation>long</translation>
    </message>
    <message>
        <source>a float</source>
        <translation>float</translation>
    </message>
    <message>
        <source>a double</source>
        <translation>double</translation>
    </message>
    <message>
        <source>bytes in base64</source>
        <translation>Base64 바이트</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>문자열</translation>
    </message>
    <message>
        <source>an object (the record %1)</source>
        <translation>객체(레코드 %1)</translation>
    </message>
    <message>
        <source>a symbol of the enum %1</source>
        <translation>enum %1의 심볼</translation>
    </message>
    <message>
        <source>an array</source>
        <translation>배열</translation>
    </message>
    <message>
        <source>an object (a map)</source>
        <translation>객체(맵)</translation>
    </message>
    <message numerus="yes">
        <source>%n byte(s) in base64 (the fixed %1)</source>
        <translation>
            <numerusform>Base64로 된 %n바이트(fixed %1)</numerusform>
        </translation>
    </message>
    <message>
        <source>one of %1</source>
        <translation>%1 중 하나</translation>
    </message>
    <message>
        <source>The JSON is nested more than %1 levels deep.</source>
        <translation>JSON이 %1단계보다 깊게 중첩되어 있습니다.</translation>
    </message>
</context>
<context>
    <name>BootstrapAddress</name>
    <message>
        <source>The bootstrap address is empty. Enter host:port, for example localhost:9092.</source>
        <translation>부트스트랩 주소가 비어 있습니다. host:port 형식으로 입력하세요(예: localhost:9092).</translation>
    </message>
    <message>
        <source>The bootstrap list has an empty entry (two commas in a row or a trailing comma).</source>
        <translation>부트스트랩 목록에 빈 항목이 있습니다(쉼표가 연속되거나 끝에 쉼표가 있음).</translation>
    </message>
    <message>
        <source>“%1” is not a valid address: write IPv6 hosts as [address]:port.</source>
        <translation>“%1”은(는) 올바른 주소가 아닙니다: IPv6 호스트는 [address]:port 형식으로 쓰세요.</translation>
    </message>
    <message>
        <source>“%1” is not a valid IPv6 address.</source>
        <translation>“%1”은(는) 올바른 IPv6 주소가 아닙니다.</translation>
    </message>
    <message>
        <source>“%1” has no port: write host:port, for example %1:9092.</source>
        <translation>“%1”에 포트가 없습니다: host:port 형식으로 쓰세요(예: %1:9092).</translation>
    </message>
    <message>
        <source>“%1” is ambiguous: write IPv6 hosts as [address]:port.</source>
        <translation>“%1”은(는) 모호합니다: IPv6 호스트는 [address]:port 형식으로 쓰세요.</translation>
    </message>
    <message>
        <source>“%1” is not a valid host name.</source>
        <translation>“%1”은(는) 올바른 호스트 이름이 아닙니다.</translation>
    </message>
    <message>
        <source>“%1” is not a valid port in “%2”: use a number from 1 to 65535.</source>
        <translation>“%2”의 “%1”은(는) 올바른 포트가 아닙니다: 1~65535 사이의 숫자를 사용하세요.</translation>
    </message>
    <message>
        <source>“%1” is a web address, but bootstrap servers are host:port (for example localhost:9092): remove “%2://”. Kafka does not speak HTTP; if this is a REST proxy, a Schema Registry or a web UI, use the Kafka broker&apos;s port instead.</source>
        <translation>“%1”은(는) 웹 주소이지만 부트스트랩 서버는 host:port 형식입니다(예: localhost:9092): “%2://”를 지우세요. Kafka는 HTTP를 쓰지 않습니다. 이 주소가 REST 프록시, 스키마 레지스트리 또는 웹 UI라면 Kafka 브로커의 포트를 대신 쓰세요.</translation>
    </message>
    <message>
        <source>“%1://” is not a Kafka listener protocol: write host:port, optionally after PLAINTEXT://, SSL://, SASL_PLAINTEXT:// or SASL_SSL://.</source>
        <translation>“%1://”은(는) Kafka 리스너 프로토콜이 아닙니다: host:port를 쓰고, 필요하면 앞에 PLAINTEXT://, SSL://, SASL_PLAINTEXT:// 또는 SASL_SSL://을 붙이세요.</translation>
    </message>
    <message>
        <source>“%1” is not a valid IPv6 zone: after “%” write a network interface, for example [fe80::1%eth0]:9092.</source>
        <translation>“%1”은(는) 올바른 IPv6 영역(zone)이 아닙니다: “%” 뒤에는 네트워크 인터페이스 이름을 쓰세요(예: [fe80::1%eth0]:9092).</translation>
    </message>
</context>
<context>
    <name>BrowseWorker</name>
    <message>
        <source>Could not look up offsets</source>
        <translation>오프셋을 조회할 수 없습니다</translation>
    </message>
    <message>
        <source>Could not look up the offsets of partition %1</source>
        <translation>파티션 %1의 오프셋을 조회할 수 없습니다</translation>
    </message>
    <message>
        <source>Could not create the consumer: %1</source>
        <translation>컨슈머를 생성할 수 없습니다: %1</translation>
    </message>
    <message>
        <source>Could not read the metadata of %1</source>
        <translation>%1의 메타데이터를 읽을 수 없습니다</translation>
    </message>
    <message>
        <source>Cannot read topic %1</source>
        <translation>토픽 %1을(를) 읽을 수 없습니다</translation>
    </message>
    <message>
        <source>Topic %1 has none of the chosen partitions.</source>
        <translation>토픽 %1에 선택한 파티션이 하나도 없습니다.</translation>
    </message>
    <message>
        <source>Could not assign the partitions</source>
        <translation>파티션을 할당할 수 없습니다</translation>
    </message>
    <message>
        <source>Partition %1 at offset %2: %3</source>
        <translation>파티션 %1, 오프셋 %2: %3</translation>
    </message>
</context>
<context>
    <name>CatchUpEstimate</name>
    <message>
        <source>%1 msg/s</source>
        <translation>%1 메시지/초</translation>
    </message>
    <message>
        <source>consumes %1, %2 produced, over the last %3 s</source>
        <translation>소비 %1, 생산 %2, 최근 %3초 기준</translation>
    </message>
    <message>
        <source>≈ %1 s</source>
        <translation>약 %1초</translation>
    </message>
    <message>
        <source>≈ %1 min</source>
        <translation>약 %1분</translation>
    </message>
    <message>
        <source>≈ %1 h %2 min</source>
        <translation>약 %1시간 %2분</translation>
    </message>
    <message>
        <source>more than a day</source>
        <translation>하루 이상</translation>
    </message>
    <message>
        <source>caught up</source>
        <translation>따라잡음</translation>
    </message>
    <message>
        <source>steady</source>
        <translation>유지</translation>
    </message>
    <message>
        <source>falling behind</source>
        <translation>뒤처지는 중</translation>
    </message>
    <message>
        <source>caught up: lag is 0</source>
        <translation>따라잡음: 랙이 0입니다</translation>
    </message>
    <message>
        <source>catches up in %1 (%2)</source>
        <translation>%1 후 따라잡음 (%2)</translation>
    </message>
    <message>
        <source>lag about steady: consumed as fast as produced (%1)</source>
        <translation>랙이 거의 일정함: 생산되는 만큼 소비됨 (%1)</translation>
    </message>
    <message>
        <source>falling further behind at %1 (%2)</source>
        <translation>%1씩 더 뒤처지는 중 (%2)</translation>
    </message>
    <message>
        <source>no estimate: %1</source>
        <translation>추정 불가: %1</translation>
    </message>
    <message>
        <source>lag unknown</source>
        <translation>랙을 알 수 없음</translation>
    </message>
    <message>
        <source>measuring rates (%1 of %2 s)</source>
        <translation>속도 측정 중 (%2초 중 %1초)</translation>
    </message>
    <message>
        <source>one commit in the last %1 s is too few to measure a consume rate</source>
        <translation>최근 %1초 동안 커밋이 한 번뿐이라 소비 속도를 잴 수 없음</translation>
    </message>
    <message>
        <source>the rates swing too much: lag shrank and grew within %1 s</source>
        <translation>속도 변동이 너무 큼: %1초 안에 랙이 줄었다가 늘었음</translation>
    </message>
    <message>
        <source>the rates changed too much within %1 s: lag moved %2 msg/s, then %3 msg/s</source>
        <translation>%1초 안에 속도가 너무 많이 바뀌었습니다: 랙이 초당 %2개, 그다음 초당 %3개씩 변함</translation>
    </message>
</context>
<context>
    <name>ClientPropertiesImporter</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1을(를) 읽을 수 없습니다: %2</translation>
    </message>
    <message>
        <source>unknown protocol “%1”</source>
        <translation>알 수 없는 프로토콜 “%1”</translation>
    </message>
    <message>
        <source>not a JAAS login module line</source>
        <translation>JAAS 로그인 모듈 줄이 아님</translation>
    </message>
    <message>
        <source>login module %1 is not supported</source>
        <translation>로그인 모듈 %1은(는) 지원되지 않음</translation>
    </message>
    <message>
        <source>not needed by Qafka</source>
        <translation>Qafka에는 필요 없음</translation>
    </message>
    <message>
        <source>no librdkafka equivalent known</source>
        <translation>대응하는 librdkafka 속성을 알 수 없음</translation>
    </message>
    <message>
        <source>%1 trust stores cannot be read by librdkafka; export the CA certificate as PEM (keytool -exportcert -rfc) and choose it as CA file</source>
        <translation>%1 트러스트 스토어는 librdkafka가 읽을 수 없음; CA 인증서를 PEM으로 내보낸 뒤(keytool -exportcert -rfc) CA 파일로 선택하세요</translation>
    </message>
    <message>
        <source>%1 key stores cannot be read by librdkafka; convert it to PKCS12 (keytool -importkeystore -deststoretype PKCS12)</source>
        <translation>%1 키 스토어는 librdkafka가 읽을 수 없음; PKCS12로 변환하세요(keytool -importkeystore -deststoretype PKCS12)</translation>
    </message>
    <message>
        <source>only USER_INFO and STATIC_TOKEN are supported, not “%1”</source>
        <translation>USER_INFO와 STATIC_TOKEN만 지원하며 “%1”은(는) 지원하지 않음</translation>
    </message>
    <message>
        <source>not needed by Qafka&apos;s registry client</source>
        <translation>Qafka의 레지스트리 클라이언트에는 필요 없음</translation>
    </message>
    <message>
        <source>%1 stores cannot be read by Qafka; export the certificates and key as PEM and choose them</source>
        <translation>%1 스토어는 Qafka가 읽을 수 없음; 인증서와 키를 PEM으로 내보낸 뒤 선택하세요</translation>
    </message>
    <message>
        <source>Qafka supports PLAIN, SCRAM-SHA-256, SCRAM-SHA-512, GSSAPI and OAUTHBEARER, not “%1”</source>
        <translation>Qafka는 PLAIN, SCRAM-SHA-256, SCRAM-SHA-512, GSSAPI, OAUTHBEARER를 지원하며 “%1”은(는) 지원하지 않습니다</translation>
    </message>
    <message>
        <source>Qafka logs in with OAuth&apos;s client-credentials grant only, not with “%1”</source>
        <translation>Qafka는 OAuth의 클라이언트 자격 증명 방식으로만 로그인하며 “%1”은(는) 사용하지 않습니다</translation>
    </message>
    <message>
        <source>unsecured OAuth tokens (%1) are for development brokers only; Qafka uses a token endpoint</source>
        <translation>서명되지 않은 OAuth 토큰(%1)은 개발용 브로커에만 쓰입니다. Qafka는 토큰 엔드포인트를 사용합니다</translation>
    </message>
</context>
<context>
    <name>ClusterHealth</name>
    <message numerus="yes">
        <source>%n broker(s) up</source>
        <translation>
            <numerusform>브로커 %n개 작동 중</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n down</source>
        <translation>
            <numerusform>%n개 다운</numerusform>
        </translation>
    </message>
    <message>
        <source>controller %1</source>
        <translation>컨트롤러 %1</translation>
    </message>
    <message>
        <source>controller unknown</source>
        <translation>컨트롤러 알 수 없음</translation>
    </message>
    <message numerus="yes">
        <source>%n under-replicated</source>
        <translation>
            <numerusform>복제 부족 %n</numerusform>
        </translation>
    </message>
    <message>
        <source>0 under-replicated</source>
        <translation>복제 부족 0</translation>
    </message>
    <message numerus="yes">
        <source>%n offline</source>
        <translation>
            <numerusform>오프라인 %n</numerusform>
        </translation>
    </message>
    <message>
        <source>0 offline</source>
        <translation>오프라인 0</translation>
    </message>
    <message>
        <source>under min ISR: …</source>
        <translation>min ISR 미달: …</translation>
    </message>
    <message numerus="yes">
        <source>%n under min ISR</source>
        <translation>
            <numerusform>min ISR 미달 %n</numerusform>
        </translation>
    </message>
    <message>
        <source>0 under min ISR</source>
        <translation>min ISR 미달 0</translation>
    </message>
    <message numerus="yes">
        <source>of %n partition(s)</source>
        <translation>
            <numerusform>전체 파티션 %n개</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ColumnChooser</name>
    <message>
        <source>Columns</source>
        <translation>열</translation>
    </message>
</context>
<context>
    <name>ConnectAnswers</name>
    <message>
        <source>Kafka Connect %1 (Kafka cluster %2)</source>
        <translation>Kafka Connect %1 (Kafka 클러스터 %2)</translation>
    </message>
</context>
<context>
    <name>ConnectErrors</name>
    <message>
        <source>%1 answered HTTP %2 with %3, not JSON: this is not a Kafka Connect REST API.</source>
        <translation>%1이(가) JSON이 아닌 %3(으)로 HTTP %2 응답을 보냈습니다: Kafka Connect REST API가 아닙니다.</translation>
    </message>
    <message>
        <source>Connect refused the credentials (401 Unauthorized): check the user and password.</source>
        <translation>Connect가 자격 증명을 거부했습니다(401 Unauthorized): 사용자와 비밀번호를 확인하세요.</translation>
    </message>
    <message>
        <source>Connect accepted the credentials but does not allow this (403 Forbidden): %1</source>
        <translation>Connect가 자격 증명은 받아들였지만 이 작업을 허용하지 않습니다(403 Forbidden): %1</translation>
    </message>
    <message>
        <source>%1 answered 404 Not Found: this address is not a Kafka Connect REST API.</source>
        <translation>%1이(가) 404 Not Found로 응답했습니다: 이 주소는 Kafka Connect REST API가 아닙니다.</translation>
    </message>
    <message>
        <source>Connect has no such thing (404): %1</source>
        <translation>Connect에 해당 항목이 없습니다(404): %1</translation>
    </message>
    <message>
        <source>Connect failed (HTTP %1): %2</source>
        <translation>Connect 오류(HTTP %1): %2</translation>
    </message>
    <message>
        <source>Connect refused the request (HTTP %1): %2</source>
        <translation>Connect가 요청을 거부했습니다(HTTP %1): %2</translation>
    </message>
    <message>
        <source>the Connect worker</source>
        <translation>Connect 워커</translation>
    </message>
    <message>
        <source>%1 answered, but not with JSON (%2): this is not a Kafka Connect REST API.</source>
        <translation>%1이(가) 응답했지만 JSON이 아닙니다(%2): Kafka Connect REST API가 아닙니다.</translation>
    </message>
    <message>
        <source>Connect is rebalancing or its configuration is changing (HTTP %1): %2 Try again in a moment.</source>
        <translation>Connect가 리밸런싱 중이거나 구성이 바뀌는 중입니다(HTTP %1): %2 잠시 후 다시 시도하세요.</translation>
    </message>
</context>
<context>
    <name>ConnectionDiagnosis</name>
    <message>
        <source>Authentication failed at %1: %2</source>
        <translation>%1에서 인증에 실패했습니다: %2</translation>
    </message>
    <message>
        <source>Check the user name, password and SASL mechanism of this connection.</source>
        <translation>이 연결의 사용자 이름, 비밀번호, SASL 메커니즘을 확인하세요.</translation>
    </message>
    <message>
        <source>%1 answered, but not in the Kafka protocol: it looks like another kind of service (for example an HTTP server) listens on that port.</source>
        <translation>%1이(가) 응답했지만 Kafka 프로토콜이 아닙니다: 해당 포트에서 다른 종류의 서비스(예: HTTP 서버)가 수신 대기 중인 것 같습니다.</translation>
    </message>
    <message>
        <source>Check the port: Kafka brokers usually listen on 9092 (plaintext) or 9093 (TLS).</source>
        <translation>포트를 확인하세요: Kafka 브로커는 보통 9092(평문) 또는 9093(TLS)에서 수신 대기합니다.</translation>
    </message>
    <message>
        <source>%1 closed the connection at the first Kafka request: the port is probably a TLS listener, but this connection uses no TLS.</source>
        <translation>%1이(가) 첫 Kafka 요청에서 연결을 닫았습니다: 해당 포트는 TLS 리스너일 가능성이 높지만 이 연결은 TLS를 사용하지 않습니다.</translation>
    </message>
    <message>
        <source>Set the security protocol to SSL or SASL_SSL.</source>
        <translation>보안 프로토콜을 SSL 또는 SASL_SSL로 설정하세요.</translation>
    </message>
    <message>
        <source>The TLS certificate of %1 is not trusted: %2</source>
        <translation>%1의 TLS 인증서를 신뢰할 수 없습니다: %2</translation>
    </message>
    <message>
        <source>Choose the CA certificate that signed the broker&apos;s certificate.</source>
        <translation>브로커 인증서에 서명한 CA 인증서를 선택하세요.</translation>
    </message>
    <message>
        <source>The TLS certificate of %1 does not match its address: %2</source>
        <translation>%1의 TLS 인증서가 주소와 일치하지 않습니다: %2</translation>
    </message>
    <message>
        <source>Connect by the name in the certificate, or turn off host name verification.</source>
        <translation>인증서에 있는 이름으로 연결하거나 호스트 이름 확인을 끄세요.</translation>
    </message>
    <message>
        <source>The TLS handshake with %1 failed: the port probably does not speak TLS (%2).</source>
        <translation>%1과(와)의 TLS 핸드셰이크에 실패했습니다: 해당 포트가 TLS를 지원하지 않는 것 같습니다(%2).</translation>
    </message>
    <message>
        <source>If this is a plaintext listener, set the security protocol to PLAINTEXT or SASL_PLAINTEXT.</source>
        <translation>평문 리스너라면 보안 프로토콜을 PLAINTEXT 또는 SASL_PLAINTEXT로 설정하세요.</translation>
    </message>
    <message>
        <source>The host name of %1 cannot be resolved.</source>
        <translation>%1의 호스트 이름을 확인할 수 없습니다.</translation>
    </message>
    <message>
        <source>Check the spelling of the host, or your DNS and /etc/hosts.</source>
        <translation>호스트 철자 또는 DNS와 /etc/hosts를 확인하세요.</translation>
    </message>
    <message>
        <source>Nothing accepts connections at %1 (connection refused).</source>
        <translation>%1에서 연결을 받는 곳이 없습니다(연결 거부됨).</translation>
    </message>
    <message>
        <source>Check the port, and that the broker is running.</source>
        <translation>포트와 브로커 실행 여부를 확인하세요.</translation>
    </message>
    <message>
        <source>%1 did not answer in time.</source>
        <translation>%1이(가) 제시간에 응답하지 않았습니다.</translation>
    </message>
    <message>
        <source>Check that the address is reachable from this machine (firewall, VPN).</source>
        <translation>이 컴퓨터에서 해당 주소에 연결할 수 있는지 확인하세요(방화벽, VPN).</translation>
    </message>
    <message>
        <source>Cannot connect to %1: %2</source>
        <translation>%1에 연결할 수 없습니다: %2</translation>
    </message>
    <message>
        <source>Check the address, the security protocol and that the broker is running.</source>
        <translation>주소, 보안 프로토콜, 브로커 실행 여부를 확인하세요.</translation>
    </message>
    <message>
        <source>host not found</source>
        <translation>호스트를 찾을 수 없음</translation>
    </message>
    <message>
        <source>connection refused</source>
        <translation>연결 거부됨</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>응답 없음</translation>
    </message>
    <message>
        <source>broker %1 at %2 (%3)</source>
        <translation>브로커 %1 (%2, %3)</translation>
    </message>
    <message>
        <source>No answer from %1 within %2 s.</source>
        <translation>%2초 안에 %1의 응답이 없습니다.</translation>
    </message>
    <message>
        <source>%1 requires a client certificate it trusts, and refused this connection&apos;s: %2</source>
        <translation>%1은(는) 신뢰하는 클라이언트 인증서를 요구하며, 이 연결의 인증서를 거부했습니다: %2</translation>
    </message>
    <message>
        <source>Choose a client certificate and key signed by a CA the broker trusts (the listener has ssl.client.auth=required).</source>
        <translation>브로커가 신뢰하는 CA가 서명한 클라이언트 인증서와 키를 선택하세요(이 리스너는 ssl.client.auth=required입니다).</translation>
    </message>
    <message>
        <source>%1 accepted the connection but gave no Kafka answer within %2 s.</source>
        <translation>%1이(가) 연결을 받아들였지만 %2초 안에 Kafka 응답을 보내지 않았습니다.</translation>
    </message>
    <message>
        <source>The port is open, so this is not a firewall: what listens there is probably not a Kafka listener. Check for a wrong port (an HTTP service, a Schema Registry or a Connect port), a TLS listener spoken to in plaintext (choose SSL), or a proxy in between.</source>
        <translation>포트가 열려 있으므로 방화벽 문제가 아닙니다: 그곳에서 수신하는 것은 Kafka 리스너가 아닐 가능성이 큽니다. 잘못된 포트(HTTP 서비스, 스키마 레지스트리 또는 Connect 포트), 평문으로 접속한 TLS 리스너(SSL을 선택하세요), 또는 중간의 프록시를 확인하세요.</translation>
    </message>
    <message>
        <source>The Kerberos ticket for %1 has expired: %2</source>
        <translation>%1에 대한 Kerberos 티켓이 만료되었습니다: %2</translation>
    </message>
    <message>
        <source>Run kinit again, or give this connection a keytab and principal so that Qafka renews the ticket itself.</source>
        <translation>kinit을 다시 실행하거나, Qafka가 직접 티켓을 갱신하도록 이 연결에 keytab과 주체를 지정하세요.</translation>
    </message>
    <message>
        <source>There is no Kerberos ticket to log in to %1 with: %2</source>
        <translation>%1에 로그인할 Kerberos 티켓이 없습니다: %2</translation>
    </message>
    <message>
        <source>Run kinit as a principal the brokers know, or give this connection a keytab and principal.</source>
        <translation>브로커가 아는 주체로 kinit을 실행하거나, 이 연결에 keytab과 주체를 지정하세요.</translation>
    </message>
    <message>
        <source>The KDC knows no service principal for %1: %2</source>
        <translation>KDC가 %1의 서비스 주체를 알지 못합니다: %2</translation>
    </message>
    <message>
        <source>Check the Kerberos service name (usually kafka) and connect by the host name in the brokers&apos; principals (NAME/host@REALM): an IP address or another DNS name of the host does not match.</source>
        <translation>Kerberos 서비스 이름(보통 kafka)을 확인하고, 브로커 주체(NAME/host@REALM)에 있는 호스트 이름으로 연결하세요. IP 주소나 호스트의 다른 DNS 이름은 일치하지 않습니다.</translation>
    </message>
    <message>
        <source>No Kerberos KDC could be reached to log in to %1: %2</source>
        <translation>%1에 로그인하기 위한 Kerberos KDC에 연결할 수 없습니다: %2</translation>
    </message>
    <message>
        <source>Check that the KDC runs and is reachable, and the realm&apos;s kdc entries in krb5.conf (or KRB5_CONFIG).</source>
        <translation>KDC가 실행 중이고 연결 가능한지, krb5.conf(또는 KRB5_CONFIG)에 있는 realm의 kdc 항목을 확인하세요.</translation>
    </message>
    <message>
        <source>This machine&apos;s clock differs too much from the KDC&apos;s to log in to %1: %2</source>
        <translation>이 컴퓨터의 시계가 KDC의 시계와 너무 달라 %1에 로그인할 수 없습니다: %2</translation>
    </message>
    <message>
        <source>Synchronise the clock (NTP).</source>
        <translation>시계를 동기화하세요(NTP).</translation>
    </message>
    <message>
        <source>This machine cannot log in to %1 with Kerberos: %2</source>
        <translation>이 컴퓨터는 Kerberos로 %1에 로그인할 수 없습니다: %2</translation>
    </message>
    <message>
        <source>Install the SASL GSSAPI plugin (libsasl2-modules-gssapi-mit on Debian and Ubuntu, cyrus-sasl-gssapi on Fedora).</source>
        <translation>SASL GSSAPI 플러그인을 설치하세요(Debian과 Ubuntu는 libsasl2-modules-gssapi-mit, Fedora는 cyrus-sasl-gssapi).</translation>
    </message>
    <message>
        <source>The Kerberos login to %1 failed: %2</source>
        <translation>%1에 대한 Kerberos 로그인이 실패했습니다: %2</translation>
    </message>
    <message>
        <source>Check the principal and keytab (klist -k -t KEYTAB lists what a keytab holds) or the ticket (klist), and the Kerberos service name.</source>
        <translation>주체와 keytab(klist -k -t KEYTAB으로 keytab 내용 확인) 또는 티켓(klist), 그리고 Kerberos 서비스 이름을 확인하세요.</translation>
    </message>
    <message>
        <source>The identity provider refused this connection&apos;s OAuth client id or secret, so there is no token to log in to %1 with: %2</source>
        <translation>ID 공급자가 이 연결의 OAuth 클라이언트 ID 또는 시크릿을 거부하여 %1에 로그인할 토큰이 없습니다: %2</translation>
    </message>
    <message>
        <source>Check the client id and client secret, and that the identity provider lets this client use the client-credentials grant.</source>
        <translation>클라이언트 ID와 클라이언트 시크릿을 확인하고, ID 공급자가 이 클라이언트에 클라이언트 자격 증명 방식을 허용하는지 확인하세요.</translation>
    </message>
    <message>
        <source>The identity provider refused the OAuth scope of this connection, so there is no token to log in to %1 with: %2</source>
        <translation>ID 공급자가 이 연결의 OAuth 범위(scope)를 거부하여 %1에 로그인할 토큰이 없습니다: %2</translation>
    </message>
    <message>
        <source>Check the scope (or leave it empty for the client&apos;s default scopes).</source>
        <translation>범위를 확인하세요(비워 두면 클라이언트의 기본 범위를 사용합니다).</translation>
    </message>
    <message>
        <source>The identity provider&apos;s token endpoint cannot be reached, so there is no token to log in to %1 with: %2</source>
        <translation>ID 공급자의 토큰 엔드포인트에 연결할 수 없어 %1에 로그인할 토큰이 없습니다: %2</translation>
    </message>
    <message>
        <source>Check the token endpoint URL, and that this machine can reach it (proxy, VPN, firewall).</source>
        <translation>토큰 엔드포인트 URL과 이 컴퓨터에서 그곳에 연결할 수 있는지(프록시, VPN, 방화벽) 확인하세요.</translation>
    </message>
    <message>
        <source>The identity provider&apos;s token carries no subject (sub), which names the user at %1: %2</source>
        <translation>ID 공급자의 토큰에 %1에서 사용자를 나타내는 주체(sub)가 없습니다: %2</translation>
    </message>
    <message>
        <source>Ask the identity provider&apos;s administrator to put a sub claim into this client&apos;s tokens.</source>
        <translation>ID 공급자 관리자에게 이 클라이언트의 토큰에 sub 클레임을 넣어 달라고 요청하세요.</translation>
    </message>
    <message>
        <source>The token endpoint did not answer like an OAuth token endpoint, so there is no token to log in to %1 with: %2</source>
        <translation>토큰 엔드포인트가 OAuth 토큰 엔드포인트처럼 응답하지 않아 %1에 로그인할 토큰이 없습니다: %2</translation>
    </message>
    <message>
        <source>Check the token endpoint URL (Keycloak: https://HOST/realms/REALM/protocol/openid-connect/token; Entra ID: https://login.microsoftonline.com/TENANT/oauth2/v2.0/token).</source>
        <translation>토큰 엔드포인트 URL을 확인하세요(Keycloak: https://HOST/realms/REALM/protocol/openid-connect/token, Entra ID: https://login.microsoftonline.com/TENANT/oauth2/v2.0/token).</translation>
    </message>
    <message>
        <source>%1 refused the token the identity provider issued: %2</source>
        <translation>%1이(가) ID 공급자가 발급한 토큰을 거부했습니다: %2</translation>
    </message>
    <message>
        <source>The broker checks the token&apos;s signature, issuer and audience: ask its administrator which identity provider and scope it expects, and check the token endpoint and scope of this connection.</source>
        <translation>브로커는 토큰의 서명, 발급자, 대상(audience)을 검사합니다. 브로커 관리자에게 어떤 ID 공급자와 범위를 기대하는지 묻고, 이 연결의 토큰 엔드포인트와 범위를 확인하세요.</translation>
    </message>
    <message>
        <source>The OAuth login to %1 failed: %2</source>
        <translation>%1에 대한 OAuth 로그인이 실패했습니다: %2</translation>
    </message>
    <message>
        <source>Check the token endpoint URL, client id, client secret and scope.</source>
        <translation>토큰 엔드포인트 URL, 클라이언트 ID, 클라이언트 시크릿, 범위를 확인하세요.</translation>
    </message>
    <message>
        <source>The TLS certificate of the identity provider&apos;s token endpoint is not trusted, so there is no token to log in to %1 with: %2</source>
        <translation>ID 공급자 토큰 엔드포인트의 TLS 인증서를 신뢰할 수 없어 %1에 로그인할 토큰이 없습니다: %2</translation>
    </message>
    <message>
        <source>librdkafka checks the token endpoint against the system&apos;s CA certificates, not the brokers&apos; CA file: for a private CA, add https.ca.location=FILE to the extra properties.</source>
        <translation>librdkafka는 토큰 엔드포인트를 브로커의 CA 파일이 아니라 시스템 CA 인증서로 검사합니다. 사설 CA라면 추가 속성에 https.ca.location=FILE을 넣으세요.</translation>
    </message>
    <message>
        <source>%1 does not offer the SASL mechanism this connection uses: %2</source>
        <translation>%1은(는) 이 연결이 사용하는 SASL 메커니즘을 제공하지 않습니다: %2</translation>
    </message>
    <message>
        <source>Choose one of the mechanisms the broker lists, or the listener (port) that offers this one.</source>
        <translation>브로커가 나열한 메커니즘 중 하나를 고르거나, 이 메커니즘을 제공하는 리스너(포트)를 사용하세요.</translation>
    </message>
    <message>
        <source>The identity provider&apos;s token endpoint %1 gave no token within %2 s, and no broker is asked before there is one.</source>
        <translation>ID 공급자의 토큰 엔드포인트 %1이(가) %2초 안에 토큰을 주지 않았습니다. 토큰이 있어야 브로커에 요청합니다.</translation>
    </message>
    <message>
        <source>Check that this machine can reach the token endpoint (proxy, VPN, firewall) and that the identity provider is up.</source>
        <translation>이 컴퓨터에서 토큰 엔드포인트에 연결할 수 있는지(프록시, VPN, 방화벽), ID 공급자가 동작 중인지 확인하세요.</translation>
    </message>
</context>
<context>
    <name>GroupAdmin</name>
    <message>
        <source>%1: no answer in time (or the request was cancelled).</source>
        <translation>%1: 제시간에 응답이 없습니다(또는 요청이 취소되었습니다).</translation>
    </message>
    <message numerus="yes">
        <source>(and %n more)</source>
        <translation>
            <numerusform>(외 %n개)</numerusform>
        </translation>
    </message>
    <message>
        <source>The consumer groups could not be listed: %1</source>
        <translation>컨슈머 그룹 목록을 가져올 수 없습니다: %1</translation>
    </message>
    <message>
        <source>Some brokers did not list their groups: %1</source>
        <translation>일부 브로커가 그룹 목록을 반환하지 않았습니다: %1</translation>
    </message>
    <message>
        <source>Listing the consumer groups</source>
        <translation>컨슈머 그룹 목록 조회</translation>
    </message>
    <message>
        <source>This librdkafka (%1) cannot describe groups of this type: %2</source>
        <translation>이 librdkafka(%1)는 이 유형의 그룹을 조회할 수 없습니다: %2</translation>
    </message>
    <message>
        <source>The group could not be described: %1</source>
        <translation>그룹 정보를 조회할 수 없습니다: %1</translation>
    </message>
    <message>
        <source>Describing the consumer groups</source>
        <translation>컨슈머 그룹 정보 조회</translation>
    </message>
    <message>
        <source>The consumer groups could not be described: %1</source>
        <translation>컨슈머 그룹 정보를 조회할 수 없습니다: %1</translation>
    </message>
    <message>
        <source>Reading committed offsets</source>
        <translation>커밋된 오프셋 읽기</translation>
    </message>
    <message>
        <source>Committed offsets could not be read: %1</source>
        <translation>커밋된 오프셋을 읽을 수 없습니다: %1</translation>
    </message>
    <message>
        <source>Reading partition offsets</source>
        <translation>파티션 오프셋 읽기</translation>
    </message>
    <message>
        <source>Partition offsets could not be read: %1</source>
        <translation>파티션 오프셋을 읽을 수 없습니다: %1</translation>
    </message>
    <message>
        <source>Some partition offsets could not be read</source>
        <translation>일부 파티션 오프셋을 읽을 수 없습니다</translation>
    </message>
    <message>
        <source>The offsets of group %1 could not be reset</source>
        <translation>그룹 %1의 오프셋을 재설정할 수 없습니다</translation>
    </message>
    <message>
        <source>Group %1 could not be deleted</source>
        <translation>그룹 %1을(를) 삭제할 수 없습니다</translation>
    </message>
    <message>
        <source>The committed offsets of group %1 could not be deleted</source>
        <translation>그룹 %1의 커밋된 오프셋을 삭제할 수 없습니다</translation>
    </message>
    <message>
        <source>The answer did not name the group.</source>
        <translation>응답에 이 그룹이 없습니다.</translation>
    </message>
</context>
<context>
    <name>JsonFieldFilter</name>
    <message>
        <source>The filter is empty.</source>
        <translation>필터가 비어 있습니다.</translation>
    </message>
    <message>
        <source>The quoted name at position %1 has no closing quote.</source>
        <translation>위치 %1의 따옴표로 묶은 이름에 닫는 따옴표가 없습니다.</translation>
    </message>
    <message>
        <source>A field name is missing at position %1.</source>
        <translation>위치 %1에 필드 이름이 없습니다.</translation>
    </message>
    <message>
        <source>The array index at position %1 is not a whole number in brackets, such as [0].</source>
        <translation>위치 %1의 배열 인덱스가 [0]처럼 대괄호 안의 정수가 아닙니다.</translation>
    </message>
    <message>
        <source>Unexpected “%1” at position %2: expected an operator such as ==, !=, &lt;, &gt; or ~, or the end of the filter.</source>
        <translation>위치 %2에 예상치 못한 “%1”이(가) 있습니다: ==, !=, &lt;, &gt;, ~ 같은 연산자나 필터의 끝이 와야 합니다.</translation>
    </message>
    <message>
        <source>A value is missing after “%1”.</source>
        <translation>“%1” 뒤에 값이 없습니다.</translation>
    </message>
    <message>
        <source>The regular expression is not valid: %1 (at character %2).</source>
        <translation>정규식이 올바르지 않습니다: %1 (%2번째 문자).</translation>
    </message>
    <message>
        <source>The quoted text at position %1 is not a valid JSON string; write \&quot; for a quote and \\ for a backslash inside it.</source>
        <translation>위치 %1의 따옴표로 묶은 텍스트가 올바른 JSON 문자열이 아닙니다. 그 안에서 따옴표는 \&quot;, 백슬래시는 \\로 쓰세요.</translation>
    </message>
    <message>
        <source>“%1” compares numbers or strings, not %2.</source>
        <translation>“%1”은(는) 숫자나 문자열을 비교하며 %2은(는) 비교할 수 없습니다.</translation>
    </message>
</context>
<context>
    <name>JsonNode</name>
    <message>
        <source>The JSON is not valid at byte %1: %2</source>
        <translation>JSON이 바이트 %1에서 올바르지 않습니다: %2</translation>
    </message>
    <message>
        <source>The JSON is not valid.</source>
        <translation>JSON이 올바르지 않습니다.</translation>
    </message>
    <message>
        <source>an array</source>
        <translation>배열</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>객체</translation>
    </message>
</context>
<context>
    <name>JsonSchemaCodec</name>
    <message>
        <source>the JSON Schema is not JSON: %1</source>
        <translation>JSON Schema가 JSON이 아님: %1</translation>
    </message>
    <message>
        <source>the referenced schema “%1” is not JSON: %2</source>
        <translation>참조된 스키마 “%1”이(가) JSON이 아님: %2</translation>
    </message>
    <message>
        <source>the JSON Schema cannot be used: %1</source>
        <translation>JSON Schema를 사용할 수 없음: %1</translation>
    </message>
    <message>
        <source>the payload is not JSON: %1</source>
        <translation>페이로드가 JSON이 아님: %1</translation>
    </message>
    <message>
        <source>not JSON: %1</source>
        <translation>JSON 아님: %1</translation>
    </message>
    <message>
        <source>the schema rejects it: %1</source>
        <translation>스키마에서 거부함: %1</translation>
    </message>
    <message>
        <source>the JSON Schema cannot be used: its pattern “%1” repeats something more than %2 times.</source>
        <translation>JSON Schema를 사용할 수 없습니다: 패턴 “%1”이(가) 무언가를 %2번보다 많이 반복합니다.</translation>
    </message>
</context>
<context>
    <name>KerberosSettings</name>
    <message>
        <source>A keytab login needs the principal the keytab holds, such as alice@EXAMPLE.COM.</source>
        <translation>keytab 로그인에는 alice@EXAMPLE.COM처럼 keytab에 있는 주체가 필요합니다.</translation>
    </message>
    <message>
        <source>The Kerberos principal “%1” holds characters that librdkafka would hand to the shell running kinit; Qafka does not pass it on.</source>
        <translation>Kerberos 주체 “%1”에는 librdkafka가 kinit을 실행하는 셸에 그대로 넘길 문자가 있어 Qafka는 이를 전달하지 않습니다.</translation>
    </message>
    <message>
        <source>The keytab path “%1” holds characters that librdkafka would hand to the shell running kinit; Qafka does not pass it on.</source>
        <translation>keytab 경로 “%1”에는 librdkafka가 kinit을 실행하는 셸에 그대로 넘길 문자가 있어 Qafka는 이를 전달하지 않습니다.</translation>
    </message>
</context>
<context>
    <name>KeytabCheck</name>
    <message>
        <source>kinit could not be run (%1): librdkafka runs it to log in with a keytab.</source>
        <translation>kinit을 실행할 수 없습니다(%1). librdkafka는 keytab으로 로그인할 때 kinit을 실행합니다.</translation>
    </message>
    <message>
        <source>Install the Kerberos tools: krb5-user on Debian and Ubuntu, krb5-workstation on Fedora.</source>
        <translation>Kerberos 도구를 설치하세요: Debian과 Ubuntu는 krb5-user, Fedora는 krb5-workstation.</translation>
    </message>
    <message>
        <source>kinit could not log in as %2 with the keytab %1: %3</source>
        <translation>kinit이 keytab %1로 %2(으)로 로그인하지 못했습니다: %3</translation>
    </message>
    <message>
        <source>Check that the keytab holds a current key of that principal (klist -k -t KEYTAB lists its entries); a keytab exported before the principal&apos;s key changed no longer works.</source>
        <translation>keytab에 해당 주체의 현재 키가 있는지 확인하세요(klist -k -t KEYTAB으로 항목 확인). 주체의 키가 바뀌기 전에 내보낸 keytab은 더 이상 작동하지 않습니다.</translation>
    </message>
</context>
<context>
    <name>LagVerdict</name>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>정상</translation>
    </message>
    <message>
        <source>FALLING BEHIND</source>
        <translation>뒤처짐</translation>
    </message>
    <message>
        <source>REWOUND</source>
        <translation>되감김</translation>
    </message>
    <message>
        <source>STALLED</source>
        <translation>정체</translation>
    </message>
    <message>
        <source>STOPPED</source>
        <translation>중단됨</translation>
    </message>
</context>
<context>
    <name>LocalSchemaFile</name>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1을(를) 읽을 수 없습니다: %2</translation>
    </message>
    <message>
        <source>%1 is not a schema file Qafka knows: choose an .avsc, .proto or .json file.</source>
        <translation>%1은(는) Qafka가 아는 스키마 파일이 아닙니다: .avsc, .proto 또는 .json 파일을 선택하십시오.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>MembershipChange</name>
    <message>
        <source>%1 assigned to %2</source>
        <translation>%1 → %2에 할당됨</translation>
    </message>
    <message>
        <source>%1 no longer assigned (was %2)</source>
        <translation>%1 할당 해제됨 (이전: %2)</translation>
    </message>
    <message>
        <source>%1 moved from %2 to %3</source>
        <translation>%1 이동: %2 → %3</translation>
    </message>
    <message>
        <source>%1 joined</source>
        <translation>%1 참여</translation>
    </message>
    <message>
        <source>%1 left</source>
        <translation>%1 떠남</translation>
    </message>
    <message>
        <source>rebalanced, same members and assignment</source>
        <translation>리밸런스됨, 멤버와 할당은 같음</translation>
    </message>
    <message>
        <source>no change</source>
        <translation>변경 없음</translation>
    </message>
</context>
<context>
    <name>MessageDecoding</name>
    <message numerus="yes">
        <source>%n more byte(s) not shown</source>
        <translation>
            <numerusform>표시되지 않은 바이트 %n개 더 있음</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MessageFile</name>
    <message>
        <source>line %1: %2</source>
        <translation>%1번째 줄: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n more line(s) failed</source>
        <translation>
            <numerusform>실패한 줄 %n개 더 있음</numerusform>
        </translation>
    </message>
    <message>
        <source>not valid JSON (%1 at column %2)</source>
        <translation>올바른 JSON이 아님(%2번째 열에서 %1)</translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation>JSON 객체가 아님</translation>
    </message>
    <message>
        <source>the key is not valid base64</source>
        <translation>키가 올바른 Base64가 아님</translation>
    </message>
    <message>
        <source>the value is not valid base64</source>
        <translation>값이 올바른 Base64가 아님</translation>
    </message>
    <message>
        <source>“headers” is not an array</source>
        <translation>“headers”가 배열이 아님</translation>
    </message>
    <message>
        <source>header %1 is not an object</source>
        <translation>헤더 %1이(가) 객체가 아님</translation>
    </message>
    <message>
        <source>header %1 has no “key” string</source>
        <translation>헤더 %1에 “key” 문자열이 없음</translation>
    </message>
    <message>
        <source>the value of header %1 is not valid base64</source>
        <translation>헤더 %1의 값이 올바른 Base64가 아님</translation>
    </message>
    <message>
        <source>“partition” is not a partition number</source>
        <translation>“partition”이 파티션 번호가 아님</translation>
    </message>
</context>
<context>
    <name>MessageFileReadJob</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1을(를) 읽을 수 없습니다: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) could not be read: %1</source>
        <translation>
            <numerusform>%n개 줄을 읽을 수 없습니다: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MessageFilter</name>
    <message>
        <source>Invalid regular expression at character %1: %2</source>
        <translation>%1번째 문자에서 정규식이 올바르지 않습니다: %2</translation>
    </message>
</context>
<context>
    <name>MessageTemplate</name>
    <message>
        <source>“%1” at character %2: %3</source>
        <translation>%2번째 문자의 “%1”: %3</translation>
    </message>
    <message>
        <source>it is not closed with “}}”.</source>
        <translation>“}}”로 닫히지 않았습니다.</translation>
    </message>
    <message>
        <source>the start of the sequence must be a whole number.</source>
        <translation>시퀀스의 시작 값은 정수여야 합니다.</translation>
    </message>
    <message>
        <source>{{uuid}} takes no argument.</source>
        <translation>{{uuid}}는 인수를 받지 않습니다.</translation>
    </message>
    <message>
        <source>unknown time format; use {{now}} or {{now:epochms}}.</source>
        <translation>알 수 없는 시간 형식입니다. {{now}} 또는 {{now:epochms}}를 사용하세요.</translation>
    </message>
    <message>
        <source>write it as {{random:MIN:MAX}}.</source>
        <translation>{{random:MIN:MAX}} 형식으로 쓰세요.</translation>
    </message>
    <message>
        <source>the minimum and the maximum must be whole numbers.</source>
        <translation>최솟값과 최댓값은 정수여야 합니다.</translation>
    </message>
    <message>
        <source>the minimum is greater than the maximum.</source>
        <translation>최솟값이 최댓값보다 큽니다.</translation>
    </message>
    <message>
        <source>write the choices as {{pick:a|b|c}}.</source>
        <translation>선택지는 {{pick:a|b|c}} 형식으로 쓰세요.</translation>
    </message>
    <message>
        <source>unknown placeholder.</source>
        <translation>알 수 없는 플레이스홀더입니다.</translation>
    </message>
    <message>
        <source>&lt;p&gt;Placeholders are replaced in each message sent, in the key, the value and the header values.&lt;/p&gt;&lt;table&gt;&lt;tr&gt;&lt;td&gt;&lt;code&gt;{{seq}}&lt;/code&gt;&lt;/td&gt;&lt;td&gt;the number of the message in the batch, from 0&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;code&gt;{{seq:1000}}&lt;/code&gt;&lt;/td&gt;&lt;td&gt;the number of the message plus 1000&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;code&gt;{{uuid}}&lt;/code&gt;&lt;/td&gt;&lt;td&gt;a random UUID, such as 7d444840-9dc0-41f6-a6b6-b1c4e4b8f0f2&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;code&gt;{{now}}&lt;/code&gt;&lt;/td&gt;&lt;td&gt;the time in UTC, such as 2026-11-21T10:00:00.123Z&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;code&gt;{{now:epochms}}&lt;/code&gt;&lt;/td&gt;&lt;td&gt;the time in milliseconds since 1970-01-01 UTC&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;code&gt;{{random:1:6}}&lt;/code&gt;&lt;/td&gt;&lt;td&gt;a random whole number from 1 to 6, both included&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;code&gt;{{pick:red|green|blue}}&lt;/code&gt;&lt;/td&gt;&lt;td&gt;one of the choices, at random&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;code&gt;\{{&lt;/code&gt;&lt;/td&gt;&lt;td&gt;a literal &lt;code&gt;{{&lt;/code&gt;&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;&lt;p&gt;Other backslashes are kept as they are, so JSON escapes such as &lt;code&gt;\\&lt;/code&gt; need no change.&lt;/p&gt;</source>
        <translation>&lt;p&gt;플레이스홀더는 전송하는 각 메시지의 키, 값, 헤더 값에서 치환됩니다.&lt;/p&gt;&lt;table&gt;&lt;tr&gt;&lt;td&gt;&lt;code&gt;{{seq}}&lt;/code&gt;&lt;/td&gt;&lt;td&gt;배치 내 메시지 번호(0부터)&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;code&gt;{{seq:1000}}&lt;/code&gt;&lt;/td&gt;&lt;td&gt;메시지 번호에 1000을 더한 값&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;code&gt;{{uuid}}&lt;/code&gt;&lt;/td&gt;&lt;td&gt;임의의 UUID(예: 7d444840-9dc0-41f6-a6b6-b1c4e4b8f0f2)&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;code&gt;{{now}}&lt;/code&gt;&lt;/td&gt;&lt;td&gt;UTC 기준 현재 시각(예: 2026-11-21T10:00:00.123Z)&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;code&gt;{{now:epochms}}&lt;/code&gt;&lt;/td&gt;&lt;td&gt;1970-01-01 UTC부터 경과한 밀리초&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;code&gt;{{random:1:6}}&lt;/code&gt;&lt;/td&gt;&lt;td&gt;1부터 6까지(양 끝 포함)의 임의 정수&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;code&gt;{{pick:red|green|blue}}&lt;/code&gt;&lt;/td&gt;&lt;td&gt;선택지 중 임의의 하나&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;code&gt;\{{&lt;/code&gt;&lt;/td&gt;&lt;td&gt;문자 그대로의 &lt;code&gt;{{&lt;/code&gt;&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;&lt;p&gt;그 밖의 백슬래시는 그대로 유지되므로 &lt;code&gt;\\&lt;/code&gt; 같은 JSON 이스케이프는 바꿀 필요가 없습니다.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>OAuthSettings</name>
    <message>
        <source>An OAuth login needs the identity provider&apos;s token endpoint URL.</source>
        <translation>OAuth 로그인에는 ID 공급자의 토큰 엔드포인트 URL이 필요합니다.</translation>
    </message>
    <message>
        <source>The token endpoint “%1” is not an http:// or https:// URL.</source>
        <translation>토큰 엔드포인트 “%1”은(는) http:// 또는 https:// URL이 아닙니다.</translation>
    </message>
    <message>
        <source>An OAuth login needs the client id the identity provider issued.</source>
        <translation>OAuth 로그인에는 ID 공급자가 발급한 클라이언트 ID가 필요합니다.</translation>
    </message>
    <message>
        <source>The SASL extension “%1” is not of the form key=value with a key of letters only (other than “auth”).</source>
        <translation>SASL 확장 “%1”이(가) key=value 형식이 아니거나 키가 영문자로만 되어 있지 않습니다(“auth”는 쓸 수 없음).</translation>
    </message>
</context>
<context>
    <name>OffsetResetPlan</name>
    <message>
        <source>clamped to the earliest offset</source>
        <translation>가장 이른 오프셋으로 조정됨</translation>
    </message>
    <message>
        <source>clamped to the latest offset</source>
        <translation>가장 최근 오프셋으로 조정됨</translation>
    </message>
    <message>
        <source>no message at or after the time: latest offset</source>
        <translation>해당 시각 이후 메시지 없음: 가장 최근 오프셋</translation>
    </message>
    <message>
        <source>no committed offset to shift from: left unchanged</source>
        <translation>이동 기준이 될 커밋된 오프셋 없음: 변경하지 않음</translation>
    </message>
</context>
<context>
    <name>OffsetTimestampReader</name>
    <message>
        <source>Could not create the consumer that reads message times: %1</source>
        <translation>메시지 시각을 읽을 컨슈머를 생성할 수 없습니다: %1</translation>
    </message>
</context>
<context>
    <name>PartitionLagWindow</name>
    <message>
        <source>no committed offset</source>
        <translation>커밋된 오프셋 없음</translation>
    </message>
    <message>
        <source>lag unknown: the log-end offset could not be read</source>
        <translation>랙 알 수 없음: 로그 끝 오프셋을 읽을 수 없음</translation>
    </message>
    <message>
        <source>lag is 0</source>
        <translation>랙 0</translation>
    </message>
    <message>
        <source>no consumer has committed for %1 s; lag is %2</source>
        <translation>%1초 동안 커밋한 컨슈머 없음; 랙 %2</translation>
    </message>
    <message>
        <source>committed offset stuck at %1 for %2 s while lag went from %3 to %4</source>
        <translation>%2초 동안 커밋된 오프셋이 %1에 멈춤, 그동안 랙은 %3에서 %4(으)로 변함</translation>
    </message>
    <message>
        <source>lag reached 0 in the last %1 s; lag is %2</source>
        <translation>최근 %1초 안에 랙이 0에 도달함; 현재 랙 %2</translation>
    </message>
    <message>
        <source>committed offset went back from %1 to %2</source>
        <translation>커밋된 오프셋이 %1에서 %2(으)로 되돌아감</translation>
    </message>
    <message>
        <source>warming up: %1 of %2 samples</source>
        <translation>준비 중: 표본 %2개 중 %1개</translation>
    </message>
    <message>
        <source>consumer is committing but slower than the producers: %1; lag %2 → %3</source>
        <translation>컨슈머가 커밋하고 있지만 생산보다 느림: %1, 랙 %2 → %3</translation>
    </message>
    <message>
        <source>consumer is committing; lag is %1</source>
        <translation>컨슈머가 커밋하고 있음, 랙 %1</translation>
    </message>
</context>
<context>
    <name>PayloadDecoder</name>
    <message>
        <source>Not schema-encoded: %1.</source>
        <translation>스키마로 인코딩되지 않음: %1.</translation>
    </message>
    <message>
        <source>Does not decode with %1: %2</source>
        <translation>%1(으)로 디코딩할 수 없음: %2</translation>
    </message>
    <message>
        <source>Fetching schema %1 from the registry…</source>
        <translation>레지스트리에서 스키마 %1을(를) 가져오는 중…</translation>
    </message>
    <message>
        <source>Does not decode with schema %1: %2</source>
        <translation>스키마 %1(으)로 디코딩할 수 없음: %2</translation>
    </message>
    <message>
        <source>The %1 header is not a schema id: %2.</source>
        <translation>%1 헤더가 스키마 ID가 아닙니다: %2.</translation>
    </message>
</context>
<context>
    <name>ProducerClient</name>
    <message>
        <source>Not sent: cancelled before it left this machine.</source>
        <translation>전송되지 않음: 이 컴퓨터에서 나가기 전에 취소되었습니다.</translation>
    </message>
    <message>
        <source>The producer could not be created: %1</source>
        <translation>프로듀서를 생성할 수 없습니다: %1</translation>
    </message>
    <message>
        <source>This user may not write here: an idempotent producer needs the WRITE permission on the topic (or IDEMPOTENT_WRITE on the cluster).</source>
        <translation>이 사용자는 여기에 쓸 수 없습니다: 멱등성 프로듀서에는 토픽에 대한 WRITE 권한(또는 클러스터에 대한 IDEMPOTENT_WRITE 권한)이 필요합니다.</translation>
    </message>
    <message>
        <source>The producer stopped: %1</source>
        <translation>프로듀서가 중지되었습니다: %1</translation>
    </message>
    <message>
        <source>It may have been written all the same: the broker took it but did not confirm in time.</source>
        <translation>그래도 기록되었을 수 있습니다: 브로커가 받았지만 제때 확인하지 않았습니다.</translation>
    </message>
</context>
<context>
    <name>ProtobufCodec</name>
    <message>
        <source>the text is not JSON: %1 at position %2</source>
        <translation>텍스트가 JSON이 아님: 위치 %2에서 %1</translation>
    </message>
    <message>
        <source>the JSON is not an object, as a %1 message must be</source>
        <translation>JSON이 객체가 아님(%1 메시지는 객체여야 함)</translation>
    </message>
    <message>
        <source>the payload has fields the schema does not name: %1</source>
        <translation>페이로드에 스키마에 없는 필드가 있음: %1</translation>
    </message>
    <message>
        <source>“%1” defines no message</source>
        <translation>“%1”에 정의된 메시지가 없음</translation>
    </message>
    <message>
        <source>the payload does not start with a message-index path: it ends too early or its count is out of range</source>
        <translation>페이로드가 메시지 인덱스 경로로 시작하지 않음: 너무 일찍 끝나거나 개수가 범위를 벗어남</translation>
    </message>
    <message>
        <source>%1 is declared in %2, not in the schema&apos;s own file, so no message-index path names it</source>
        <translation>%1은(는) 스키마 자체 파일이 아닌 %2에 선언되어 있어 메시지 인덱스 경로로 가리킬 수 없음</translation>
    </message>
    <message>
        <source>the schema has no message named “%1”</source>
        <translation>스키마에 이름이 “%1”인 메시지가 없음</translation>
    </message>
    <message numerus="yes">
        <source>the message-index path %1 names no message: %2 has %n nested message(s)</source>
        <translation>
            <numerusform>메시지 인덱스 경로 %1이(가) 가리키는 메시지가 없음: %2에는 중첩 메시지가 %n개 있음</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the message-index path %1 names no message: the schema has %n top-level message(s)</source>
        <translation>
            <numerusform>메시지 인덱스 경로 %1이(가) 가리키는 메시지가 없음: 스키마에는 최상위 메시지가 %n개 있음</numerusform>
        </translation>
    </message>
    <message>
        <source>the payload is not a valid %1 message</source>
        <translation>페이로드가 올바른 %1 메시지가 아님</translation>
    </message>
    <message>
        <source>the payload is a %1 message that lacks required fields: %2</source>
        <translation>페이로드가 필수 필드가 빠진 %1 메시지임: %2</translation>
    </message>
    <message>
        <source>the %1 message cannot be written as JSON: %2</source>
        <translation>%1 메시지를 JSON으로 나타낼 수 없음: %2</translation>
    </message>
    <message>
        <source>the JSON does not make a valid %1 message</source>
        <translation>JSON으로 올바른 %1 메시지를 만들 수 없음</translation>
    </message>
    <message>
        <source>the JSON leaves out required fields of %1: %2</source>
        <translation>JSON에 %1의 필수 필드가 빠져 있음: %2</translation>
    </message>
    <message>
        <source>%1 at %2:%3:%4</source>
        <translation>%1 (%2:%3:%4)</translation>
    </message>
    <message>
        <source>%1 at %2 in %3</source>
        <translation>%1 (%3의 %2)</translation>
    </message>
    <message>
        <source>the JSON sets more than one field of the oneof “%1”</source>
        <translation>JSON이 oneof “%1”의 필드를 둘 이상 설정함</translation>
    </message>
    <message>
        <source>“%1” is not a valid %2: %3</source>
        <translation>“%1”이(가) 올바른 %2 값이 아님: %3</translation>
    </message>
    <message>
        <source>the value %1 of “%2” is not a valid %3</source>
        <translation>“%2”의 값 %1은(는) 올바른 %3 값이 아님</translation>
    </message>
    <message>
        <source>the JSON leaves out the required field “%1”</source>
        <translation>JSON에 필수 필드 “%1”이(가) 빠져 있음</translation>
    </message>
    <message>
        <source>%1 has no field “%2”</source>
        <translation>%1에 “%2” 필드가 없음</translation>
    </message>
    <message>
        <source>“%1”: %2</source>
        <translation>“%1”: %2</translation>
    </message>
    <message>
        <source>the imports go round in a circle: %1</source>
        <translation>import가 순환함: %1</translation>
    </message>
    <message>
        <source>“%1” cannot be built</source>
        <translation>“%1”을(를) 빌드할 수 없음</translation>
    </message>
    <message>
        <source>the import of “%1” at %2:%3:%4 is neither one of the schema&apos;s references nor a well-known type</source>
        <translation>%2:%3:%4의 “%1” import는 스키마의 참조도 아니고 well-known 유형도 아님</translation>
    </message>
    <message>
        <source>“%2” imports “%1”, which is neither one of the schema&apos;s references nor a well-known type</source>
        <translation>“%2”이(가) import하는 “%1”은(는) 스키마의 참조도 아니고 well-known 유형도 아님</translation>
    </message>
    <message>
        <source> (the references: %1)</source>
        <translation> (참조: %1)</translation>
    </message>
    <message>
        <source>“%1” is base64 but no FileDescriptorProto</source>
        <translation>“%1”은(는) Base64이지만 FileDescriptorProto가 아님</translation>
    </message>
    <message>
        <source>“%1” does not parse</source>
        <translation>“%1”을(를) 파싱할 수 없음</translation>
    </message>
</context>
<context>
    <name>Qafka</name>
    <message>
        <source>default</source>
        <translation>기본값</translation>
    </message>
    <message>
        <source>static</source>
        <translation>정적</translation>
    </message>
    <message>
        <source>dynamic (this broker)</source>
        <translation>동적(이 브로커)</translation>
    </message>
    <message>
        <source>dynamic (cluster default)</source>
        <translation>동적(클러스터 기본값)</translation>
    </message>
    <message>
        <source>dynamic (topic)</source>
        <translation>동적(토픽)</translation>
    </message>
    <message>
        <source>dynamic (logger)</source>
        <translation>동적(로거)</translation>
    </message>
    <message>
        <source>group</source>
        <translation>그룹</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>알 수 없음</translation>
    </message>
    <message>
        <source>Disconnected</source>
        <translation>연결 끊김</translation>
    </message>
    <message>
        <source>Connecting</source>
        <translation>연결 중</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>연결됨</translation>
    </message>
    <message>
        <source>Not answering, retrying</source>
        <translation>응답 없음, 재시도 중</translation>
    </message>
    <message>
        <source>Connection failed</source>
        <translation>연결 실패</translation>
    </message>
    <message>
        <source>%1 was refused: this connection is read-only.</source>
        <translation>%1 작업이 거부되었습니다: 이 연결은 읽기 전용입니다.</translation>
    </message>
    <message>
        <source>Edit the connection and clear &quot;Read-only&quot; to change the cluster.</source>
        <translation>클러스터를 변경하려면 연결을 편집하여 &quot;읽기 전용&quot;을 해제하세요.</translation>
    </message>
</context>
<context>
    <name>Qafka::AboutDialog</name>
    <message>
        <source>&amp;Copy Diagnostics</source>
        <translation>진단 정보 복사(&amp;C)</translation>
    </message>
    <message>
        <source>About Qafka</source>
        <translation>Qafka 정보</translation>
    </message>
    <message>
        <source>Qafka icon</source>
        <translation>Qafka 아이콘</translation>
    </message>
    <message>
        <source>Application name and version</source>
        <translation>애플리케이션 이름과 버전</translation>
    </message>
    <message>
        <source>A native desktop application to browse, produce to and watch Apache Kafka clusters.</source>
        <translation>Apache Kafka 클러스터를 탐색하고, 메시지를 전송하고, 감시하는 네이티브 데스크톱 애플리케이션입니다.</translation>
    </message>
    <message>
        <source>Versions</source>
        <translation>버전</translation>
    </message>
    <message>
        <source>Copy versions and system details for a bug report</source>
        <translation>버그 보고용 버전 및 시스템 정보 복사</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>복사됨</translation>
    </message>
    <message>
        <source>Built on %1 with Qt %2; running on Qt %3.</source>
        <translation>%1에 Qt %2(으)로 빌드됨, Qt %3에서 실행 중.</translation>
    </message>
    <message>
        <source>librdkafka %1 (%2).</source>
        <translation>librdkafka %1 (%2).</translation>
    </message>
    <message>
        <source>linked statically</source>
        <translation>정적 링크</translation>
    </message>
    <message>
        <source>shared library</source>
        <translation>공유 라이브러리</translation>
    </message>
</context>
<context>
    <name>Qafka::AccessControlPane</name>
    <message>
        <source>Access control</source>
        <translation>접근 제어</translation>
    </message>
    <message>
        <source>&amp;ACLs</source>
        <translation>ACL(&amp;A)</translation>
    </message>
    <message>
        <source>SCRAM &amp;users</source>
        <translation>SCRAM 사용자(&amp;U)</translation>
    </message>
</context>
<context>
    <name>Qafka::AclCreateDialog</name>
    <message>
        <source>What to grant</source>
        <translation>부여할 권한</translation>
    </message>
    <message>
        <source>One binding</source>
        <translation>바인딩 하나</translation>
    </message>
    <message>
        <source>Producer for a topic</source>
        <translation>토픽 프로듀서</translation>
    </message>
    <message>
        <source>Consumer for a topic and a group</source>
        <translation>토픽과 그룹의 컨슈머</translation>
    </message>
    <message>
        <source>Principal</source>
        <translation>주체</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>호스트</translation>
    </message>
    <message>
        <source>Pattern type</source>
        <translation>패턴 유형</translation>
    </message>
    <message>
        <source>Create ACL Bindings</source>
        <translation>ACL 바인딩 만들기</translation>
    </message>
    <message>
        <source>An IP address, or * for any host</source>
        <translation>IP 주소, 또는 모든 호스트는 *</translation>
    </message>
    <message>
        <source>Bindings that will be written</source>
        <translation>기록될 바인딩</translation>
    </message>
    <message>
        <source>&amp;Grant:</source>
        <translation>부여(&amp;G):</translation>
    </message>
    <message>
        <source>&amp;Principal:</source>
        <translation>주체(&amp;P):</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>호스트(&amp;H):</translation>
    </message>
    <message>
        <source>Pa&amp;ttern type:</source>
        <translation>패턴 유형(&amp;T):</translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation>만들기(&amp;C)</translation>
    </message>
    <message>
        <source>These bindings will be &amp;written:</source>
        <translation>다음 바인딩이 기록됩니다(&amp;W):</translation>
    </message>
    <message>
        <source>Resource type</source>
        <translation>리소스 유형</translation>
    </message>
    <message>
        <source>Resource name</source>
        <translation>리소스 이름</translation>
    </message>
    <message>
        <source>a name, or * for every resource of the type</source>
        <translation>이름, 또는 해당 유형의 모든 리소스는 *</translation>
    </message>
    <message>
        <source>Operation</source>
        <translation>작업</translation>
    </message>
    <message>
        <source>Permission</source>
        <translation>권한</translation>
    </message>
    <message>
        <source>Resource &amp;type:</source>
        <translation>리소스 유형(&amp;T):</translation>
    </message>
    <message>
        <source>Resource &amp;name:</source>
        <translation>리소스 이름(&amp;N):</translation>
    </message>
    <message>
        <source>&amp;Operation:</source>
        <translation>작업(&amp;O):</translation>
    </message>
    <message>
        <source>Per&amp;mission:</source>
        <translation>권한(&amp;M):</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>토픽</translation>
    </message>
    <message>
        <source>Consumer group</source>
        <translation>컨슈머 그룹</translation>
    </message>
    <message>
        <source>T&amp;opic:</source>
        <translation>토픽(&amp;O):</translation>
    </message>
    <message>
        <source>&amp;Group:</source>
        <translation>그룹(&amp;G):</translation>
    </message>
    <message numerus="yes">
        <source>%n binding(s) will be written.</source>
        <translation>
            <numerusform>바인딩 %n개가 기록됩니다.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Qafka::AclListModel</name>
    <message>
        <source>Principal</source>
        <translation>주체</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>호스트</translation>
    </message>
    <message>
        <source>Operation</source>
        <translation>작업</translation>
    </message>
    <message>
        <source>Permission</source>
        <translation>권한</translation>
    </message>
    <message>
        <source>Resource type</source>
        <translation>리소스 유형</translation>
    </message>
    <message>
        <source>Resource name</source>
        <translation>리소스 이름</translation>
    </message>
    <message>
        <source>Pattern</source>
        <translation>패턴</translation>
    </message>
    <message>
        <source>&quot;*&quot; with a LITERAL pattern means every resource of the type</source>
        <translation>LITERAL 패턴의 &quot;*&quot;는 해당 유형의 모든 리소스를 뜻합니다</translation>
    </message>
    <message>
        <source>LITERAL: the name exactly; PREFIXED: every resource whose name starts with it</source>
        <translation>LITERAL: 정확히 그 이름, PREFIXED: 그 이름으로 시작하는 모든 리소스</translation>
    </message>
</context>
<context>
    <name>Qafka::AclsView</name>
    <message>
        <source>any</source>
        <translation>모두</translation>
    </message>
    <message>
        <source>ACL bindings</source>
        <translation>ACL 바인딩</translation>
    </message>
    <message>
        <source>Resource type filter</source>
        <translation>리소스 유형 필터</translation>
    </message>
    <message>
        <source>As the &amp;authorizer applies them</source>
        <translation>authorizer가 적용하는 대로(&amp;A)</translation>
    </message>
    <message>
        <source>Operation filter</source>
        <translation>작업 필터</translation>
    </message>
    <message>
        <source>Permission filter</source>
        <translation>권한 필터</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>새로 고침(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Create…</source>
        <translation>만들기(&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>삭제(&amp;D)…</translation>
    </message>
    <message>
        <source>Principal filter</source>
        <translation>주체 필터</translation>
    </message>
    <message>
        <source>Principal, e.g. User:alice</source>
        <translation>주체, 예: User:alice</translation>
    </message>
    <message>
        <source>Resource name filter</source>
        <translation>리소스 이름 필터</translation>
    </message>
    <message>
        <source>Resource name</source>
        <translation>리소스 이름</translation>
    </message>
    <message>
        <source>Show every binding that applies to the named resource: its literal name, the wildcard *, and prefixes of its name</source>
        <translation>이름을 지정한 리소스에 적용되는 모든 바인딩 표시: 정확한 이름, 와일드카드 *, 이름의 접두사</translation>
    </message>
    <message>
        <source>&amp;Principal:</source>
        <translation>주체(&amp;P):</translation>
    </message>
    <message>
        <source>&amp;Resource:</source>
        <translation>리소스(&amp;R):</translation>
    </message>
    <message>
        <source>&amp;Operation:</source>
        <translation>작업(&amp;O):</translation>
    </message>
    <message>
        <source>Per&amp;mission:</source>
        <translation>권한(&amp;M):</translation>
    </message>
    <message>
        <source>Reading the ACLs…</source>
        <translation>ACL을 읽는 중…</translation>
    </message>
    <message numerus="yes">
        <source>%n binding(s).</source>
        <translation>
            <numerusform>바인딩 %n개.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n binding(s) shown.</source>
        <translation>
            <numerusform>바인딩 %n개 중 %1개 표시.</numerusform>
        </translation>
    </message>
    <message>
        <source>This connection is read-only.</source>
        <translation>이 연결은 읽기 전용입니다.</translation>
    </message>
    <message>
        <source>Create a binding, or the bindings a producer or a consumer needs</source>
        <translation>바인딩 하나, 또는 프로듀서나 컨슈머에 필요한 바인딩 만들기</translation>
    </message>
    <message>
        <source>Delete the selected bindings</source>
        <translation>선택한 바인딩 삭제</translation>
    </message>
    <message numerus="yes">
        <source>Creating %n binding(s)…</source>
        <translation>
            <numerusform>바인딩 %n개 만드는 중…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleting %n binding(s)…</source>
        <translation>
            <numerusform>바인딩 %n개 삭제하는 중…</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete ACL Bindings</source>
        <translation>ACL 바인딩 삭제</translation>
    </message>
    <message numerus="yes">
        <source>Delete these %n binding(s)? Clients that rely on them lose that access at once.</source>
        <translation>
            <numerusform>이 바인딩 %n개를 삭제할까요? 이 바인딩에 의존하는 클라이언트는 즉시 해당 접근 권한을 잃습니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>삭제(&amp;D)</translation>
    </message>
</context>
<context>
    <name>Qafka::AppLanguage</name>
    <message>
        <source>System Language</source>
        <translation>시스템 언어</translation>
    </message>
</context>
<context>
    <name>Qafka::BrokerListModel</name>
    <message>
        <source>Node</source>
        <translation>노드</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>주소</translation>
    </message>
    <message>
        <source>Rack</source>
        <translation>랙(rack)</translation>
    </message>
    <message>
        <source>Controller</source>
        <translation>컨트롤러</translation>
    </message>
    <message>
        <source>Leader of</source>
        <translation>리더 파티션</translation>
    </message>
    <message>
        <source>Replicas</source>
        <translation>레플리카</translation>
    </message>
    <message>
        <source>State</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>(unknown)</source>
        <translation>(알 수 없음)</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>예</translation>
    </message>
    <message>
        <source>up</source>
        <translation>정상 동작</translation>
    </message>
    <message>
        <source>down</source>
        <translation>다운</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>알 수 없음</translation>
    </message>
    <message>
        <source>Registered with the controller and listed in metadata since %1</source>
        <translation>%1부터 컨트롤러에 등록되어 메타데이터에 표시되어 있습니다</translation>
    </message>
    <message>
        <source>No longer listed in the cluster&apos;s metadata since %1: stopped, crashed or fenced</source>
        <translation>%1부터 클러스터 메타데이터에 표시되지 않습니다: 중지, 비정상 종료 또는 펜싱됨</translation>
    </message>
    <message>
        <source>Partitions name this node as a replica, but the cluster does not list it: it is down</source>
        <translation>파티션에서 이 노드를 레플리카로 지정하지만 클러스터 목록에 없습니다: 다운 상태입니다</translation>
    </message>
    <message>
        <source>The cluster did not answer the last refresh (since %1)</source>
        <translation>클러스터가 마지막 새로 고침에 응답하지 않았습니다(%1부터)</translation>
    </message>
</context>
<context>
    <name>Qafka::BrokersPane</name>
    <message>
        <source>Brokers</source>
        <translation>브로커</translation>
    </message>
    <message>
        <source>Only values that differ from the default</source>
        <translation>기본값과 다른 값만</translation>
    </message>
    <message>
        <source>Broker configuration</source>
        <translation>브로커 설정</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>편집(&amp;E)…</translation>
    </message>
    <message>
        <source>The brokers of this cluster with their address, rack, role and state</source>
        <translation>이 클러스터의 브로커와 주소, 랙(rack), 역할, 상태</translation>
    </message>
    <message>
        <source>Search configuration names and values</source>
        <translation>설정 이름과 값 검색</translation>
    </message>
    <message>
        <source>Search broker configuration</source>
        <translation>브로커 설정 검색</translation>
    </message>
    <message>
        <source>Select a broker to see its configuration.</source>
        <translation>설정을 보려면 브로커를 선택하세요.</translation>
    </message>
    <message>
        <source>This connection is read-only.</source>
        <translation>이 연결은 읽기 전용입니다.</translation>
    </message>
    <message>
        <source>Change a dynamic broker config</source>
        <translation>동적 브로커 설정 변경</translation>
    </message>
    <message>
        <source>Not connected: the message above says why.</source>
        <translation>연결되지 않음: 원인은 위 메시지를 참고하세요.</translation>
    </message>
    <message>
        <source>Waiting for the cluster&apos;s metadata…</source>
        <translation>클러스터 메타데이터를 기다리는 중…</translation>
    </message>
    <message>
        <source>Cluster id: %1</source>
        <translation>클러스터 ID: %1</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>알 수 없음</translation>
    </message>
    <message>
        <source>active controller: %1</source>
        <translation>활성 컨트롤러: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n broker(s) up</source>
        <translation>
            <numerusform>브로커 %n개 작동 중</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n down</source>
        <translation>
            <numerusform>%n개 다운</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n topic(s)</source>
        <translation>
            <numerusform>토픽 %n개</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n partition(s)</source>
        <translation>
            <numerusform>파티션 %n개</numerusform>
        </translation>
    </message>
    <message>
        <source>Kafka version: not reported by the protocol</source>
        <translation>Kafka 버전: 프로토콜에서 제공하지 않음</translation>
    </message>
    <message>
        <source>Configuration of broker %1</source>
        <translation>브로커 %1의 설정</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>불러오는 중…</translation>
    </message>
    <message>
        <source>broker %1</source>
        <translation>브로커 %1</translation>
    </message>
    <message>
        <source>Changing %1 of broker %2…</source>
        <translation>브로커 %2의 %1 변경 중…</translation>
    </message>
    <message>
        <source>The configuration could not be read: %1</source>
        <translation>설정을 읽을 수 없습니다: %1</translation>
    </message>
    <message>
        <source>active controller: node %1, %2</source>
        <translation>활성 컨트롤러: 노드 %1, %2</translation>
    </message>
</context>
<context>
    <name>Qafka::ClusterConnection</name>
    <message>
        <source>%1 needs a connected cluster.</source>
        <translation>%1 작업에는 연결된 클러스터가 필요합니다.</translation>
    </message>
    <message>
        <source>Creating topic %1</source>
        <translation>토픽 %1 생성</translation>
    </message>
    <message>
        <source>Deleting %1</source>
        <translation>%1 삭제</translation>
    </message>
    <message>
        <source>Adding partitions to %1</source>
        <translation>%1에 파티션 추가</translation>
    </message>
    <message>
        <source>the cluster-wide broker defaults</source>
        <translation>클러스터 전체 브로커 기본값</translation>
    </message>
    <message>
        <source>broker %1</source>
        <translation>브로커 %1</translation>
    </message>
    <message>
        <source>topic %1</source>
        <translation>토픽 %1</translation>
    </message>
    <message>
        <source>Changing the configuration of %1</source>
        <translation>%1 설정 변경</translation>
    </message>
    <message>
        <source>Deleting records of %1</source>
        <translation>%1의 레코드 삭제</translation>
    </message>
    <message>
        <source>Sending needs a connected cluster.</source>
        <translation>전송하려면 연결된 클러스터가 필요합니다.</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>전송</translation>
    </message>
    <message>
        <source>Reading the ACLs needs a connected cluster.</source>
        <translation>ACL을 읽으려면 클러스터에 연결되어 있어야 합니다.</translation>
    </message>
    <message>
        <source>Reading the SCRAM users needs a connected cluster.</source>
        <translation>SCRAM 사용자를 읽으려면 클러스터에 연결되어 있어야 합니다.</translation>
    </message>
    <message numerus="yes">
        <source>Creating %n ACL binding(s)</source>
        <translation>
            <numerusform>ACL 바인딩 %n개 만들기</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleting %n ACL binding(s)</source>
        <translation>
            <numerusform>ACL 바인딩 %n개 삭제</numerusform>
        </translation>
    </message>
    <message>
        <source>Deleting the %1 credential of user %2</source>
        <translation>사용자 %2의 %1 자격 증명 삭제</translation>
    </message>
    <message>
        <source>Setting the %1 password of user %2</source>
        <translation>사용자 %2의 %1 비밀번호 설정</translation>
    </message>
</context>
<context>
    <name>Qafka::ClusterView</name>
    <message>
        <source>&amp;Retry</source>
        <translation>재시도(&amp;R)</translation>
    </message>
    <message>
        <source>read-only</source>
        <translation>읽기 전용</translation>
    </message>
    <message>
        <source>Cluster sections</source>
        <translation>클러스터 섹션</translation>
    </message>
    <message>
        <source>Brokers</source>
        <translation>브로커</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>토픽</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>메시지</translation>
    </message>
    <message>
        <source>Produce</source>
        <translation>메시지 전송</translation>
    </message>
    <message>
        <source>Consumer groups</source>
        <translation>컨슈머 그룹</translation>
    </message>
    <message>
        <source>Cluster health</source>
        <translation>클러스터 상태</translation>
    </message>
    <message>
        <source>Connection problem</source>
        <translation>연결 문제</translation>
    </message>
    <message>
        <source>Send Again</source>
        <translation>다시 보내기</translation>
    </message>
    <message>
        <source>This message holds bytes the producer form cannot show as text (binary data or a null header value). Send it to %1, partition %2, exactly as it was read?</source>
        <translation>이 메시지에는 프로듀서 양식에서 텍스트로 표시할 수 없는 바이트(바이너리 데이터 또는 null 헤더 값)가 있습니다. 읽은 그대로 %1의 파티션 %2(으)로 보내시겠습니까?</translation>
    </message>
    <message>
        <source>Cannot connect.</source>
        <translation>연결할 수 없습니다.</translation>
    </message>
    <message>
        <source>The cluster stopped answering; retrying.</source>
        <translation>클러스터가 응답하지 않습니다. 재시도 중입니다.</translation>
    </message>
    <message>
        <source>Warning:</source>
        <translation>경고:</translation>
    </message>
    <message>
        <source>metadata of %1</source>
        <translation>%1 기준 메타데이터</translation>
    </message>
    <message>
        <source>Schemas</source>
        <translation>스키마</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Connect</translation>
    </message>
    <message>
        <source>Access control</source>
        <translation>접근 제어</translation>
    </message>
</context>
<context>
    <name>Qafka::ClusterWorker</name>
    <message>
        <source>quorum leader (DescribeQuorum), epoch %1</source>
        <translation>쿼럼 리더(DescribeQuorum), 에포크 %1</translation>
    </message>
    <message>
        <source>from metadata (ZooKeeper mode)</source>
        <translation>메타데이터 기준(ZooKeeper 모드)</translation>
    </message>
    <message>
        <source>unknown: %1</source>
        <translation>알 수 없음: %1</translation>
    </message>
    <message>
        <source>This connection uses SASL but has no user name.</source>
        <translation>이 연결은 SASL을 사용하지만 사용자 이름이 없습니다.</translation>
    </message>
    <message>
        <source>%1 needs a connected cluster.</source>
        <translation>%1 작업에는 연결된 클러스터가 필요합니다.</translation>
    </message>
    <message>
        <source>%1 failed.</source>
        <translation>%1 작업에 실패했습니다.</translation>
    </message>
    <message>
        <source>Sending needs a connected cluster.</source>
        <translation>전송하려면 연결된 클러스터가 필요합니다.</translation>
    </message>
    <message>
        <source>Another send is still running; cancel it or wait for it.</source>
        <translation>다른 전송이 아직 실행 중입니다. 취소하거나 끝날 때까지 기다리세요.</translation>
    </message>
    <message>
        <source>There is nothing to send.</source>
        <translation>전송할 항목이 없습니다.</translation>
    </message>
    <message>
        <source>The topic %1 does not exist. Create it first (Topics ▸ Create); Qafka does not create topics by producing to them.</source>
        <translation>토픽 %1이(가) 없습니다. 먼저 생성하세요(토픽 ▸ 생성). Qafka는 메시지 전송으로 토픽을 생성하지 않습니다.</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>전송</translation>
    </message>
    <message>
        <source>This connection logs in with OAuth but has no client secret.</source>
        <translation>이 연결은 OAuth로 로그인하지만 클라이언트 시크릿이 없습니다.</translation>
    </message>
    <message>
        <source>unknown: the controller probe cannot log in with %1</source>
        <translation>알 수 없음: 컨트롤러 조회는 %1(으)로 로그인할 수 없습니다</translation>
    </message>
</context>
<context>
    <name>Qafka::CompatibilityDialog</name>
    <message>
        <source>Default Compatibility</source>
        <translation>기본 호환성</translation>
    </message>
    <message>
        <source>Subject Compatibility</source>
        <translation>주제 호환성</translation>
    </message>
    <message>
        <source>The registry&apos;s default level, used by every subject without one of its own, is %1.</source>
        <translation>자체 수준이 없는 모든 주제에 쓰이는 레지스트리의 기본 수준은 %1입니다.</translation>
    </message>
    <message>
        <source>%1 has its own level: %2.</source>
        <translation>%1에는 자체 수준이 있습니다: %2.</translation>
    </message>
    <message>
        <source>%1 has no level of its own: the registry&apos;s default, %2, applies.</source>
        <translation>%1에는 자체 수준이 없습니다: 레지스트리의 기본값 %2이(가) 적용됩니다.</translation>
    </message>
    <message>
        <source>Compatibility level</source>
        <translation>호환성 수준</translation>
    </message>
    <message>
        <source>The registry&apos;s default (%1)</source>
        <translation>레지스트리 기본값(%1)</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>적용(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Level:</source>
        <translation>수준(&amp;L):</translation>
    </message>
    <message>
        <source>the registry&apos;s default</source>
        <translation>레지스트리 기본값</translation>
    </message>
    <message>
        <source>No change: %1 stays as it is.</source>
        <translation>변경 없음: %1은(는) 그대로입니다.</translation>
    </message>
    <message>
        <source>Removes %1&apos;s own level %2; the registry&apos;s default %3 applies.</source>
        <translation>%1의 자체 수준 %2을(를) 제거합니다. 레지스트리 기본값 %3이(가) 적용됩니다.</translation>
    </message>
    <message>
        <source>Changes %1 from %2 to %3.</source>
        <translation>%1을(를) %2에서 %3(으)로 바꿉니다.</translation>
    </message>
    <message>
        <source>the default (%1)</source>
        <translation>기본값(%1)</translation>
    </message>
    <message>
        <source>Applying…</source>
        <translation>적용하는 중…</translation>
    </message>
    <message>
        <source>Consumers using a new version can read data written with the previous one: fields may be removed, and fields with defaults added. Upgrade consumers first.</source>
        <translation>새 버전을 쓰는 컨슈머가 이전 버전으로 쓴 데이터를 읽을 수 있습니다: 필드를 제거하거나 기본값이 있는 필드를 추가할 수 있습니다. 컨슈머를 먼저 업그레이드하세요.</translation>
    </message>
    <message>
        <source>Consumers using a new version can read data written with every earlier version. Upgrade consumers first.</source>
        <translation>새 버전을 쓰는 컨슈머가 모든 이전 버전으로 쓴 데이터를 읽을 수 있습니다. 컨슈머를 먼저 업그레이드하세요.</translation>
    </message>
    <message>
        <source>Consumers using the previous version can read data written with a new one: fields may be added, and fields with defaults removed. Upgrade producers first.</source>
        <translation>이전 버전을 쓰는 컨슈머가 새 버전으로 쓴 데이터를 읽을 수 있습니다: 필드를 추가하거나 기본값이 있는 필드를 제거할 수 있습니다. 프로듀서를 먼저 업그레이드하세요.</translation>
    </message>
    <message>
        <source>Consumers using any earlier version can read data written with a new one. Upgrade producers first.</source>
        <translation>어떤 이전 버전을 쓰는 컨슈머든 새 버전으로 쓴 데이터를 읽을 수 있습니다. 프로듀서를 먼저 업그레이드하세요.</translation>
    </message>
    <message>
        <source>Backward and forward compatible with the previous version: only fields with defaults may be added or removed. Upgrade in any order.</source>
        <translation>이전 버전과 하위·상위 모두 호환됩니다: 기본값이 있는 필드만 추가하거나 제거할 수 있습니다. 업그레이드 순서는 상관없습니다.</translation>
    </message>
    <message>
        <source>Backward and forward compatible with every earlier version. Upgrade in any order.</source>
        <translation>모든 이전 버전과 하위·상위 모두 호환됩니다. 업그레이드 순서는 상관없습니다.</translation>
    </message>
    <message>
        <source>The registry checks nothing: any new version is accepted, and consumers may fail on records they cannot read.</source>
        <translation>레지스트리가 아무것도 검사하지 않습니다: 어떤 새 버전이든 받아들이며, 컨슈머가 읽을 수 없는 레코드에서 실패할 수 있습니다.</translation>
    </message>
</context>
<context>
    <name>Qafka::ConfigEditDialog</name>
    <message>
        <source>&amp;Reset to the default (remove this override)</source>
        <translation>기본값으로 재설정(이 재정의 제거)(&amp;R)</translation>
    </message>
    <message>
        <source>Change %1 of %2</source>
        <translation>%2의 %1 변경</translation>
    </message>
    <message>
        <source>Setting:</source>
        <translation>설정:</translation>
    </message>
    <message>
        <source>&amp;Value:</source>
        <translation>값(&amp;V):</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>적용(&amp;A)</translation>
    </message>
    <message>
        <source>Only this setting changes; every other setting of %1 stays as it is.</source>
        <translation>이 설정만 변경되며 %1의 다른 설정은 그대로 유지됩니다.</translation>
    </message>
    <message>
        <source>(hidden)</source>
        <translation>(숨김)</translation>
    </message>
    <message>
        <source>(null)</source>
        <translation>(null)</translation>
    </message>
    <message>
        <source>the default</source>
        <translation>기본값</translation>
    </message>
    <message>
        <source>No change yet.</source>
        <translation>아직 변경 사항이 없습니다.</translation>
    </message>
    <message>
        <source>Will apply: &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>적용 예정: &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
</context>
<context>
    <name>Qafka::ConfigEntryModel</name>
    <message>
        <source>Name</source>
        <translation>이름</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>값</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>출처</translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation>읽기 전용</translation>
    </message>
    <message>
        <source>Sensitive</source>
        <translation>민감 정보</translation>
    </message>
    <message>
        <source>(sensitive, hidden by the broker)</source>
        <translation>(민감 정보, 브로커가 숨김)</translation>
    </message>
    <message>
        <source>(null)</source>
        <translation>(null)</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>예</translation>
    </message>
    <message>
        <source>no</source>
        <translation>아니요</translation>
    </message>
</context>
<context>
    <name>Qafka::ConnectClient</name>
    <message>
        <source>No REST URL is set for this Connect cluster.</source>
        <translation>이 Connect 클러스터에 REST URL이 설정되지 않았습니다.</translation>
    </message>
</context>
<context>
    <name>Qafka::ConnectPane</name>
    <message>
        <source>Connectors</source>
        <translation>커넥터</translation>
    </message>
    <message>
        <source>Connect took the request for %1.</source>
        <translation>Connect가 %1에 대한 요청을 받았습니다.</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>일시 중지(&amp;P)</translation>
    </message>
    <message>
        <source>Res&amp;ume</source>
        <translation>재개(&amp;U)</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>정지(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Restart</source>
        <translation>재시작(&amp;R)</translation>
    </message>
    <message>
        <source>Restart with all &amp;tasks</source>
        <translation>모든 태스크와 함께 재시작(&amp;T)</translation>
    </message>
    <message>
        <source>Restart &amp;failed tasks</source>
        <translation>실패한 태스크 재시작(&amp;F)</translation>
    </message>
    <message>
        <source>Restart the selected t&amp;ask</source>
        <translation>선택한 태스크 재시작(&amp;A)</translation>
    </message>
    <message>
        <source>Reset &amp;offsets…</source>
        <translation>오프셋 초기화(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>삭제(&amp;D)…</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>새로 고침(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;New connector…</source>
        <translation>새 커넥터(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Edit configuration…</source>
        <translation>구성 편집(&amp;E)…</translation>
    </message>
    <message>
        <source>Connector actions</source>
        <translation>커넥터 작업</translation>
    </message>
    <message>
        <source>This connection has no Kafka Connect cluster. Add one in the connection&apos;s settings, on the Kafka Connect page.</source>
        <translation>이 연결에는 Kafka Connect 클러스터가 없습니다. 연결 설정의 Kafka Connect 페이지에서 추가하세요.</translation>
    </message>
    <message>
        <source>Connect cluster</source>
        <translation>Connect 클러스터</translation>
    </message>
    <message>
        <source>Filter connectors</source>
        <translation>커넥터 필터</translation>
    </message>
    <message>
        <source>Filter by name, state, class or worker</source>
        <translation>이름, 상태, 클래스 또는 워커로 필터</translation>
    </message>
    <message>
        <source>Clear the filter</source>
        <translation>필터 지우기</translation>
    </message>
    <message>
        <source>Connect cluster:</source>
        <translation>Connect 클러스터:</translation>
    </message>
    <message>
        <source>This connection is read-only.</source>
        <translation>이 연결은 읽기 전용입니다.</translation>
    </message>
    <message>
        <source>%1 The list shows Connect&apos;s last answer.</source>
        <translation>%1 목록은 Connect의 마지막 응답을 보여 줍니다.</translation>
    </message>
    <message numerus="yes">
        <source>%n connector(s), %1 with failures; read in %2 ms.</source>
        <translation>
            <numerusform>커넥터 %n개, 실패가 있는 커넥터 %1개; %2 ms에 읽음.</numerusform>
        </translation>
    </message>
    <message>
        <source>Asking Connect for its connectors…</source>
        <translation>Connect에 커넥터 목록을 요청하는 중…</translation>
    </message>
    <message>
        <source>Delete Connector</source>
        <translation>커넥터 삭제</translation>
    </message>
    <message>
        <source>Reset Connector Offsets</source>
        <translation>커넥터 오프셋 초기화</translation>
    </message>
    <message>
        <source>Delete the connector %1 from %2? Its tasks stop and its configuration is gone; its committed offsets stay.</source>
        <translation>%2에서 커넥터 %1을(를) 삭제할까요? 태스크가 멈추고 구성이 사라집니다. 커밋된 오프셋은 남습니다.</translation>
    </message>
    <message>
        <source>Forget every offset of the connector %1 on %2? When it starts again it reads its source from the beginning (or a sink from its consumer group&apos;s reset policy).</source>
        <translation>%2에 있는 커넥터 %1의 모든 오프셋을 지울까요? 다시 시작하면 소스는 처음부터 읽습니다(싱크는 컨슈머 그룹의 리셋 정책을 따릅니다).</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>삭제(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Reset Offsets</source>
        <translation>오프셋 초기화(&amp;R)</translation>
    </message>
    <message>
        <source>Asking Connect to change %1…</source>
        <translation>Connect에 %1 변경을 요청하는 중…</translation>
    </message>
    <message>
        <source>Created %1.</source>
        <translation>%1을(를) 만들었습니다.</translation>
    </message>
    <message>
        <source>Saved the configuration of %1.</source>
        <translation>%1의 구성을 저장했습니다.</translation>
    </message>
    <message>
        <source>A&amp;lter offsets…</source>
        <translation>오프셋 변경(&amp;L)…</translation>
    </message>
    <message>
        <source>Alter Connector Offsets</source>
        <translation>커넥터 오프셋 변경</translation>
    </message>
    <message>
        <source>Set the offsets of the connector %1 on %2 to those you wrote? When it starts again it continues from them.</source>
        <translation>%2의 커넥터 %1의 오프셋을 입력한 값으로 바꿀까요? 다시 시작하면 그 오프셋부터 이어서 처리합니다.</translation>
    </message>
    <message>
        <source>&amp;Alter Offsets</source>
        <translation>오프셋 변경(&amp;A)</translation>
    </message>
</context>
<context>
    <name>Qafka::ConnectSettingsEditor</name>
    <message>
        <source>&amp;Add</source>
        <translation>추가(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>제거(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Skip TLS verification (test servers only)</source>
        <translation>TLS 검증 건너뛰기(테스트 서버 전용)(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Test</source>
        <translation>테스트(&amp;T)</translation>
    </message>
    <message>
        <source>Kafka Connect clusters</source>
        <translation>Kafka Connect 클러스터</translation>
    </message>
    <message>
        <source>http://connect:8083[,http://other:8083…]</source>
        <translation>http://connect:8083[,http://other:8083…]</translation>
    </message>
    <message>
        <source>empty: no authentication</source>
        <translation>비워 두면 인증 없음</translation>
    </message>
    <message>
        <source>kept in the system keychain</source>
        <translation>시스템 키체인에 보관됨</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>이름(&amp;N):</translation>
    </message>
    <message>
        <source>REST &amp;URLs:</source>
        <translation>REST URL(&amp;U):</translation>
    </message>
    <message>
        <source>&amp;User (basic authentication):</source>
        <translation>사용자(기본 인증)(&amp;U):</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>비밀번호(&amp;W):</translation>
    </message>
    <message>
        <source>&amp;CA certificate (PEM):</source>
        <translation>CA 인증서(PEM)(&amp;C):</translation>
    </message>
    <message>
        <source>Choose Connect&apos;s CA certificate</source>
        <translation>Connect의 CA 인증서 선택</translation>
    </message>
    <message>
        <source>Client cer&amp;tificate (PEM):</source>
        <translation>클라이언트 인증서(PEM)(&amp;T):</translation>
    </message>
    <message>
        <source>Choose the client certificate for Connect</source>
        <translation>Connect용 클라이언트 인증서 선택</translation>
    </message>
    <message>
        <source>Client &amp;key (PEM):</source>
        <translation>클라이언트 키(PEM)(&amp;K):</translation>
    </message>
    <message>
        <source>Choose the client key for Connect</source>
        <translation>Connect용 클라이언트 키 선택</translation>
    </message>
    <message>
        <source>Key pass&amp;phrase:</source>
        <translation>키 암호(&amp;P):</translation>
    </message>
    <message>
        <source>Every Kafka Connect cluster needs a name.</source>
        <translation>모든 Kafka Connect 클러스터에는 이름이 필요합니다.</translation>
    </message>
    <message>
        <source>Two Kafka Connect clusters are named “%1”.</source>
        <translation>Kafka Connect 클러스터 두 개의 이름이 “%1”(으)로 같습니다.</translation>
    </message>
    <message>
        <source>The Kafka Connect cluster “%1” has no REST URL.</source>
        <translation>Kafka Connect 클러스터 “%1”에 REST URL이 없습니다.</translation>
    </message>
    <message>
        <source>Kafka Connect URL “%1” is not an http:// or https:// URL.</source>
        <translation>Kafka Connect URL “%1”은(는) http:// 또는 https:// URL이 아닙니다.</translation>
    </message>
    <message>
        <source>Asking Connect…</source>
        <translation>Connect에 묻는 중…</translation>
    </message>
</context>
<context>
    <name>Qafka::ConnectTaskModel</name>
    <message>
        <source>Task</source>
        <translation>태스크</translation>
    </message>
    <message>
        <source>State</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>Worker</source>
        <translation>워커</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>오류</translation>
    </message>
    <message>
        <source>Task %1 is %2</source>
        <translation>태스크 %1: %2</translation>
    </message>
</context>
<context>
    <name>Qafka::ConnectWorker</name>
    <message>
        <source>%1 answers, but not as Kafka Connect does: /connectors is not a list.</source>
        <translation>%1이(가) 응답하지만 Kafka Connect와 다릅니다: /connectors가 목록이 아닙니다.</translation>
    </message>
    <message>
        <source>%1 did not answer with the connectors and their status.</source>
        <translation>%1이(가) 커넥터와 그 상태로 응답하지 않았습니다.</translation>
    </message>
    <message>
        <source>This Connect does not track the topics a connector uses (Connect 2.5 or newer does).</source>
        <translation>이 Connect는 커넥터가 쓰는 토픽을 기록하지 않습니다(Connect 2.5 이상에서 지원).</translation>
    </message>
    <message>
        <source>This Connect cannot show a connector&apos;s offsets (Connect 3.6 or newer can).</source>
        <translation>이 Connect는 커넥터의 오프셋을 보여 줄 수 없습니다(Connect 3.6 이상에서 지원).</translation>
    </message>
    <message>
        <source>This Connect cannot stop a connector (Connect 3.5 or newer can): pause it instead.</source>
        <translation>이 Connect는 커넥터를 정지할 수 없습니다(Connect 3.5 이상에서 지원): 대신 일시 중지하세요.</translation>
    </message>
    <message>
        <source>The configuration names no connector.class.</source>
        <translation>구성에 connector.class가 없습니다.</translation>
    </message>
    <message>
        <source>This Connect cannot change a connector&apos;s offsets (Connect 3.6 or newer can).</source>
        <translation>이 Connect는 커넥터의 오프셋을 바꿀 수 없습니다(Connect 3.6 이상에서 가능).</translation>
    </message>
    <message numerus="yes">
        <source>%1 (Asked %n time(s).)</source>
        <translation>
            <numerusform>%1 (%n번 요청했습니다.)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Qafka::ConnectionDialog</name>
    <message>
        <source>&amp;Verify the broker&apos;s host name</source>
        <translation>브로커 호스트 이름 확인(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Read-only: never change anything on this cluster</source>
        <translation>읽기 전용: 이 클러스터에서 아무것도 변경하지 않음(&amp;R)</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>연결</translation>
    </message>
    <message>
        <source>host:port[,host:port…]</source>
        <translation>host:port[,host:port…]</translation>
    </message>
    <message>
        <source>kept in the system keychain</source>
        <translation>시스템 키체인에 보관됨</translation>
    </message>
    <message>
        <source>librdkafka properties, one name=value per line</source>
        <translation>librdkafka 속성, 한 줄에 name=value 하나씩</translation>
    </message>
    <message>
        <source>None</source>
        <translation>없음</translation>
    </message>
    <message>
        <source>Red (production)</source>
        <translation>빨강(운영)</translation>
    </message>
    <message>
        <source>Orange (staging)</source>
        <translation>주황(스테이징)</translation>
    </message>
    <message>
        <source>Green (development)</source>
        <translation>초록(개발)</translation>
    </message>
    <message>
        <source>Blue</source>
        <translation>파랑</translation>
    </message>
    <message>
        <source>Other…</source>
        <translation>기타…</translation>
    </message>
    <message>
        <source>Connection colour</source>
        <translation>연결 색상</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>이름(&amp;N):</translation>
    </message>
    <message>
        <source>&amp;Bootstrap servers:</source>
        <translation>부트스트랩 서버(&amp;B):</translation>
    </message>
    <message>
        <source>Security &amp;protocol:</source>
        <translation>보안 프로토콜(&amp;P):</translation>
    </message>
    <message>
        <source>SASL &amp;mechanism:</source>
        <translation>SASL 메커니즘(&amp;M):</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>사용자(&amp;U):</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>비밀번호(&amp;W):</translation>
    </message>
    <message>
        <source>&amp;CA certificate (PEM):</source>
        <translation>CA 인증서(PEM)(&amp;C):</translation>
    </message>
    <message>
        <source>Choose the CA certificate</source>
        <translation>CA 인증서 선택</translation>
    </message>
    <message>
        <source>Choose the client certificate</source>
        <translation>클라이언트 인증서 선택</translation>
    </message>
    <message>
        <source>Client &amp;key (PEM):</source>
        <translation>클라이언트 키(PEM)(&amp;K):</translation>
    </message>
    <message>
        <source>Choose the client key</source>
        <translation>클라이언트 키 선택</translation>
    </message>
    <message>
        <source>Key pass&amp;phrase:</source>
        <translation>키 암호 문구(&amp;P):</translation>
    </message>
    <message>
        <source>E&amp;xtra properties:</source>
        <translation>추가 속성(&amp;X):</translation>
    </message>
    <message>
        <source>C&amp;olour:</source>
        <translation>색상(&amp;O):</translation>
    </message>
    <message>
        <source>&amp;Import client.properties…</source>
        <translation>client.properties 가져오기(&amp;I)…</translation>
    </message>
    <message>
        <source>Import a Kafka client.properties file</source>
        <translation>Kafka client.properties 파일 가져오기</translation>
    </message>
    <message>
        <source>Properties files (*.properties *.conf);;All files (*)</source>
        <translation>속성 파일 (*.properties *.conf);;모든 파일 (*)</translation>
    </message>
    <message>
        <source>SASL needs a user name.</source>
        <translation>SASL에는 사용자 이름이 필요합니다.</translation>
    </message>
    <message>
        <source>Extra property “%1” is not of the form name=value.</source>
        <translation>추가 속성 “%1”이(가) name=value 형식이 아닙니다.</translation>
    </message>
    <message>
        <source>Imported %1.</source>
        <translation>%1을(를) 가져왔습니다.</translation>
    </message>
    <message>
        <source>Not carried over:</source>
        <translation>가져오지 않은 항목:</translation>
    </message>
    <message>
        <source>&amp;Kafka</source>
        <translation>Kafka(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;Schema Registry</source>
        <translation>스키마 레지스트리(&amp;S)</translation>
    </message>
    <message>
        <source>The address says %1, but the security protocol chosen is %2: choose %1 under Security protocol, or remove the “%1://” prefix.</source>
        <translation>주소는 %1을(를) 가리키지만 선택한 보안 프로토콜은 %2입니다: 보안 프로토콜에서 %1을(를) 고르거나 “%1://” 접두사를 지우세요.</translation>
    </message>
    <message>
        <source>Kafka &amp;Connect</source>
        <translation>Kafka &amp;Connect</translation>
    </message>
    <message>
        <source>GSSAPI (Kerberos)</source>
        <translation>GSSAPI (Kerberos)</translation>
    </message>
    <message>
        <source>AWS MSK IAM is not offered: it needs a SigV4 token provider, which librdkafka does not have. Use SCRAM or mutual TLS with MSK.</source>
        <translation>AWS MSK IAM은 제공되지 않습니다. librdkafka에 없는 SigV4 토큰 공급자가 필요합니다. MSK에는 SCRAM이나 상호 TLS를 사용하세요.</translation>
    </message>
    <message>
        <source>The first part of the brokers&apos; Kerberos principal: NAME/broker-host@REALM</source>
        <translation>브로커 Kerberos 주체의 첫 부분: NAME/broker-host@REALM</translation>
    </message>
    <message>
        <source>alice@EXAMPLE.COM</source>
        <translation>alice@EXAMPLE.COM</translation>
    </message>
    <message>
        <source>empty: the ticket you got with kinit</source>
        <translation>비워 두면 kinit으로 받은 티켓 사용</translation>
    </message>
    <message>
        <source>Kerberos ser&amp;vice name:</source>
        <translation>Kerberos 서비스 이름(&amp;V):</translation>
    </message>
    <message>
        <source>Kerberos pr&amp;incipal:</source>
        <translation>Kerberos 주체(&amp;I):</translation>
    </message>
    <message>
        <source>Kerberos keyt&amp;ab:</source>
        <translation>Kerberos keytab(&amp;A):</translation>
    </message>
    <message>
        <source>Choose the keytab</source>
        <translation>keytab 선택</translation>
    </message>
    <message>
        <source>OAUTHBEARER (OAuth 2 / OIDC)</source>
        <translation>OAUTHBEARER (OAuth 2 / OIDC)</translation>
    </message>
    <message>
        <source>https://idp.example.com/realms/kafka/protocol/openid-connect/token</source>
        <translation>https://idp.example.com/realms/kafka/protocol/openid-connect/token</translation>
    </message>
    <message>
        <source>The identity provider&apos;s token endpoint: Qafka gets tokens there with the client-credentials grant and renews them before they expire.</source>
        <translation>ID 공급자의 토큰 엔드포인트입니다. Qafka는 이곳에서 클라이언트 자격 증명 방식으로 토큰을 받고, 만료되기 전에 갱신합니다.</translation>
    </message>
    <message>
        <source>optional, space-separated</source>
        <translation>선택 사항, 공백으로 구분</translation>
    </message>
    <message>
        <source>optional: logicalCluster=lkc-1234,identityPoolId=…</source>
        <translation>선택 사항: logicalCluster=lkc-1234,identityPoolId=…</translation>
    </message>
    <message>
        <source>SASL extensions sent with the token, key=value separated by commas (Confluent Cloud asks for logicalCluster and identityPoolId).</source>
        <translation>토큰과 함께 보내는 SASL 확장으로, 쉼표로 구분한 key=value입니다(Confluent Cloud는 logicalCluster와 identityPoolId를 요구합니다).</translation>
    </message>
    <message>
        <source>A PEM certificate (with its key, or the key in the file below), or a PKCS#12 bundle (.p12 or .pfx) opened with the key passphrase.</source>
        <translation>PEM 인증서(키를 함께 담거나 키는 아래 파일에) 또는 키 암호로 여는 PKCS#12 번들(.p12 또는 .pfx)입니다.</translation>
    </message>
    <message>
        <source>OAuth token &amp;endpoint:</source>
        <translation>OAuth 토큰 엔드포인트(&amp;E):</translation>
    </message>
    <message>
        <source>OAuth client I&amp;D:</source>
        <translation>OAuth 클라이언트 ID(&amp;D):</translation>
    </message>
    <message>
        <source>OAut&amp;h client secret:</source>
        <translation>OAuth 클라이언트 시크릿(&amp;H):</translation>
    </message>
    <message>
        <source>OAuth scope:</source>
        <translation>OAuth 범위:</translation>
    </message>
    <message>
        <source>OAuth SAS&amp;L extensions:</source>
        <translation>OAuth SASL 확장(&amp;L):</translation>
    </message>
    <message>
        <source>Client cer&amp;tificate (PEM or PKCS#12):</source>
        <translation>클라이언트 인증서(&amp;T) (PEM 또는 PKCS#12):</translation>
    </message>
    <message>
        <source>A PKCS#12 bundle holds its own key: leave the client key empty.</source>
        <translation>PKCS#12 번들에는 키가 들어 있습니다. 클라이언트 키는 비워 두세요.</translation>
    </message>
    <message>
        <source>OAuth needs the client secret the identity provider issued.</source>
        <translation>OAuth에는 ID 공급자가 발급한 클라이언트 시크릿이 필요합니다.</translation>
    </message>
    <message>
        <source>“%1” holds a secret: use the password, passphrase or OAuth client secret field, which the keychain keeps, instead of the extra properties, which are saved in plain text.</source>
        <translation>“%1”에는 비밀 값이 들어 있습니다. 일반 텍스트로 저장되는 추가 속성 대신 키체인이 보관하는 비밀번호, 암호 또는 OAuth 클라이언트 시크릿 필드를 사용하세요.</translation>
    </message>
</context>
<context>
    <name>Qafka::ConnectorConfigDialog</name>
    <message>
        <source>&amp;Validate</source>
        <translation>검증(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation>만들기(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>저장(&amp;S)</translation>
    </message>
    <message>
        <source>New connector</source>
        <translation>새 커넥터</translation>
    </message>
    <message>
        <source>Configuration of %1</source>
        <translation>%1의 구성</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>이름(&amp;N):</translation>
    </message>
    <message>
        <source>(paste or write the configuration)</source>
        <translation>(구성을 붙여 넣거나 작성하세요)</translation>
    </message>
    <message>
        <source>Start from &amp;plugin:</source>
        <translation>플러그인에서 시작(&amp;P):</translation>
    </message>
    <message>
        <source>Connector configuration (JSON)</source>
        <translation>커넥터 구성(JSON)</translation>
    </message>
    <message>
        <source>Validation errors</source>
        <translation>검증 오류</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>필드</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>오류</translation>
    </message>
    <message>
        <source>The configuration is not JSON: %1 at character %2.</source>
        <translation>구성이 JSON이 아닙니다: %2번째 문자에서 %1.</translation>
    </message>
    <message>
        <source>The configuration must be a JSON object of names and values.</source>
        <translation>구성은 이름과 값으로 된 JSON 객체여야 합니다.</translation>
    </message>
    <message>
        <source>“%1” must be a single value, not a list or an object.</source>
        <translation>“%1”은(는) 목록이나 객체가 아닌 하나의 값이어야 합니다.</translation>
    </message>
    <message>
        <source>Name the connector.</source>
        <translation>커넥터 이름을 입력하세요.</translation>
    </message>
    <message>
        <source>Connect is checking the configuration…</source>
        <translation>Connect가 구성을 검사하는 중…</translation>
    </message>
    <message numerus="yes">
        <source>Connect found problems in %n field(s).</source>
        <translation>
            <numerusform>Connect가 필드 %n개에서 문제를 찾았습니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>Connect accepts this configuration.</source>
        <translation>Connect가 이 구성을 받아들입니다.</translation>
    </message>
    <message>
        <source>&amp;Fields</source>
        <translation>필드(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;JSON</source>
        <translation>JSON(&amp;J)</translation>
    </message>
    <message>
        <source>Asking Connect for the plugin&apos;s fields…</source>
        <translation>Connect에 플러그인의 필드를 묻는 중…</translation>
    </message>
    <message>
        <source>Fill in the fields (* required), then validate.</source>
        <translation>필드를 채운 뒤(* 필수) 검증하세요.</translation>
    </message>
</context>
<context>
    <name>Qafka::ConnectorConfigForm</name>
    <message>
        <source>required</source>
        <translation>필수</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>설정 안 됨</translation>
    </message>
    <message>
        <source>default: empty</source>
        <translation>기본값: 비어 있음</translation>
    </message>
    <message>
        <source>default: %1</source>
        <translation>기본값: %1</translation>
    </message>
    <message>
        <source>Choose a plugin, or validate a configuration that names its connector.class, to see the fields the plugin declares.</source>
        <translation>플러그인을 고르거나 connector.class가 있는 설정을 검증하면 플러그인이 선언한 필드가 나타납니다.</translation>
    </message>
    <message>
        <source>Connector configuration fields</source>
        <translation>커넥터 설정 필드</translation>
    </message>
    <message>
        <source>%1 (required)</source>
        <translation>%1 (필수)</translation>
    </message>
    <message>
        <source>Default (%1)</source>
        <translation>기본값 (%1)</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>설정 안 됨</translation>
    </message>
    <message>
        <source>Plugin</source>
        <translation>플러그인</translation>
    </message>
</context>
<context>
    <name>Qafka::ConnectorDetailView</name>
    <message>
        <source>&amp;Tasks</source>
        <translation>태스크(&amp;T)</translation>
    </message>
    <message>
        <source>Connector configuration</source>
        <translation>커넥터 구성</translation>
    </message>
    <message>
        <source>Con&amp;figuration</source>
        <translation>구성(&amp;F)</translation>
    </message>
    <message>
        <source>Topics the connector uses</source>
        <translation>커넥터가 쓰는 토픽</translation>
    </message>
    <message>
        <source>To&amp;pics</source>
        <translation>토픽(&amp;P)</translation>
    </message>
    <message>
        <source>Connector offsets</source>
        <translation>커넥터 오프셋</translation>
    </message>
    <message>
        <source>O&amp;ffsets</source>
        <translation>오프셋(&amp;F)</translation>
    </message>
    <message>
        <source>Installed connector plugins</source>
        <translation>설치된 커넥터 플러그인</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>클래스</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>유형</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>버전</translation>
    </message>
    <message>
        <source>P&amp;lugins</source>
        <translation>플러그인(&amp;L)</translation>
    </message>
    <message>
        <source>Connector tasks</source>
        <translation>커넥터 태스크</translation>
    </message>
    <message>
        <source>Stack trace</source>
        <translation>스택 트레이스</translation>
    </message>
    <message>
        <source>A failed task&apos;s stack trace shows here.</source>
        <translation>실패한 태스크의 스택 트레이스가 여기에 표시됩니다.</translation>
    </message>
    <message>
        <source>&amp;Copy trace</source>
        <translation>트레이스 복사(&amp;C)</translation>
    </message>
</context>
<context>
    <name>Qafka::ConnectorListModel</name>
    <message>
        <source>Connector</source>
        <translation>커넥터</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>유형</translation>
    </message>
    <message>
        <source>State</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>태스크</translation>
    </message>
    <message>
        <source>Failed tasks</source>
        <translation>실패한 태스크</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>클래스</translation>
    </message>
    <message>
        <source>Worker</source>
        <translation>워커</translation>
    </message>
    <message>
        <source>Tasks running, of all the connector&apos;s tasks</source>
        <translation>커넥터의 전체 태스크 중 실행 중인 태스크</translation>
    </message>
    <message>
        <source>The Connect worker that runs the connector instance</source>
        <translation>커넥터 인스턴스를 실행하는 Connect 워커</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%2개 중 %1개</translation>
    </message>
    <message>
        <source>%1 connector %2 is %3</source>
        <translation>%1 커넥터 %2: %3</translation>
    </message>
    <message numerus="yes">
        <source>%n task(s) failed</source>
        <translation>
            <numerusform>태스크 %n개 실패</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Qafka::ConnectorOffsetsDialog</name>
    <message>
        <source>&amp;Alter Offsets…</source>
        <translation>오프셋 변경(&amp;A)…</translation>
    </message>
    <message>
        <source>Offsets of %1</source>
        <translation>%1의 오프셋</translation>
    </message>
    <message>
        <source>The offsets %1 continues from when it starts again, in Connect&apos;s form. A sink connector&apos;s partition is {&quot;kafka_topic&quot;, &quot;kafka_partition&quot;} and its offset {&quot;kafka_offset&quot;}; a source connector&apos;s are what its plugin writes (shown below as it has them now). An offset of null forgets that partition.</source>
        <translation>%1이(가) 다시 시작할 때 이어서 처리할 오프셋을 Connect의 형식으로 적습니다. 싱크 커넥터의 파티션은 {&quot;kafka_topic&quot;, &quot;kafka_partition&quot;}, 오프셋은 {&quot;kafka_offset&quot;}입니다. 소스 커넥터는 플러그인이 쓰는 형식을 따릅니다(아래는 지금 가진 값). 오프셋을 null로 두면 그 파티션의 오프셋을 지웁니다.</translation>
    </message>
    <message>
        <source>Connector offsets (JSON)</source>
        <translation>커넥터 오프셋 (JSON)</translation>
    </message>
    <message>
        <source>The offsets are not JSON: %1 at character %2.</source>
        <translation>오프셋이 JSON이 아닙니다: 문자 %2에서 %1.</translation>
    </message>
    <message>
        <source>Write the offsets as {&quot;offsets&quot;: [...]} with at least one partition.</source>
        <translation>오프셋을 {&quot;offsets&quot;: [...]} 형식으로, 파티션을 하나 이상 적으세요.</translation>
    </message>
    <message>
        <source>Entry %1 needs a &quot;partition&quot; object and an &quot;offset&quot; object (or null).</source>
        <translation>%1번째 항목에는 &quot;partition&quot; 객체와 &quot;offset&quot; 객체(또는 null)가 필요합니다.</translation>
    </message>
</context>
<context>
    <name>Qafka::ConsumerGroupListModel</name>
    <message>
        <source>%1 s</source>
        <translation>%1초</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1분 %2초</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1시간 %2분</translation>
    </message>
    <message>
        <source>Simple (offsets only)</source>
        <translation>단순(오프셋만)</translation>
    </message>
    <message>
        <source>Classic</source>
        <translation>클래식</translation>
    </message>
    <message>
        <source>Consumer (KIP-848)</source>
        <translation>컨슈머(KIP-848)</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>알 수 없음</translation>
    </message>
    <message>
        <source>Estimated from the partitions&apos; log-end history: the message at the committed offset could not be read.</source>
        <translation>파티션의 로그 끝 오프셋 기록으로 추정한 값입니다: 커밋된 오프셋의 메시지를 읽을 수 없습니다.</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>그룹</translation>
    </message>
    <message>
        <source>State</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>프로토콜</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>멤버</translation>
    </message>
    <message>
        <source>Total lag</source>
        <translation>전체 랙</translation>
    </message>
    <message>
        <source>Max partition lag</source>
        <translation>최대 파티션 랙</translation>
    </message>
    <message>
        <source>Max time lag</source>
        <translation>최대 시간 랙</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>랙 상태</translation>
    </message>
    <message>
        <source>Trend</source>
        <translation>추이</translation>
    </message>
    <message>
        <source>Catch-up</source>
        <translation>따라잡기</translation>
    </message>
</context>
<context>
    <name>Qafka::ConsumerGroupsPane</name>
    <message>
        <source>read_&amp;committed</source>
        <translation>read_committed(&amp;C)</translation>
    </message>
    <message>
        <source>Consumer groups</source>
        <translation>컨슈머 그룹</translation>
    </message>
    <message>
        <source>Partitions of the group</source>
        <translation>그룹의 파티션</translation>
    </message>
    <message>
        <source>Members of the group</source>
        <translation>그룹의 멤버</translation>
    </message>
    <message>
        <source>Filter groups</source>
        <translation>그룹 필터</translation>
    </message>
    <message>
        <source>Measure lag to the last stable offset, as a read_committed consumer sees it: transaction markers and aborted records do not count.</source>
        <translation>read_committed 컨슈머가 보는 대로 마지막 안정 오프셋까지의 랙을 측정합니다: 트랜잭션 마커와 중단된 레코드는 포함하지 않습니다.</translation>
    </message>
    <message>
        <source>Refresh interval</source>
        <translation>새로 고침 간격</translation>
    </message>
    <message>
        <source> s</source>
        <translation>초</translation>
    </message>
    <message>
        <source>&amp;Watch…</source>
        <translation>감시(&amp;W)…</translation>
    </message>
    <message>
        <source>Keep monitoring this group with the pane closed and notify when its status turns bad or its lag crosses a threshold</source>
        <translation>창을 닫아도 이 그룹을 계속 모니터링하고 상태가 나빠지거나 랙이 임계값을 넘으면 알립니다</translation>
    </message>
    <message>
        <source>&amp;Reset Offsets…</source>
        <translation>오프셋 재설정(&amp;R)…</translation>
    </message>
    <message>
        <source>Delete Topic &amp;Offsets…</source>
        <translation>토픽 오프셋 삭제(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;Delete Group…</source>
        <translation>그룹 삭제(&amp;D)…</translation>
    </message>
    <message>
        <source> Refresh every </source>
        <translation> 새로 고침 간격 </translation>
    </message>
    <message>
        <source>Reading consumer groups…</source>
        <translation>컨슈머 그룹을 읽는 중…</translation>
    </message>
    <message numerus="yes">
        <source>%n group(s)</source>
        <translation>
            <numerusform>그룹 %n개</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n need(s) attention</source>
        <translation>
            <numerusform>%n개 주의 필요</numerusform>
        </translation>
    </message>
    <message>
        <source>read in %1 ms at %2</source>
        <translation>%2에 %1ms 만에 읽음</translation>
    </message>
    <message>
        <source>lag to the last stable offset (read_committed)</source>
        <translation>마지막 안정 오프셋까지의 랙(read_committed)</translation>
    </message>
    <message>
        <source>Consumer groups could not be read: %1 (retrying; the charts show the gap)</source>
        <translation>컨슈머 그룹을 읽을 수 없습니다: %1 (재시도 중이며, 차트에 공백으로 표시됩니다)</translation>
    </message>
    <message>
        <source>Select a group to see its partitions, members and lag over time.</source>
        <translation>파티션, 멤버, 시간별 랙을 보려면 그룹을 선택하세요.</translation>
    </message>
    <message>
        <source>Group %1 is no longer listed.</source>
        <translation>그룹 %1이(가) 더 이상 목록에 없습니다.</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%1&lt;/b&gt; · %2 · %3 · %n member(s)</source>
        <translation>
            <numerusform>&lt;b&gt;%1&lt;/b&gt; · %2 · %3 · 멤버 %n명</numerusform>
        </translation>
    </message>
    <message>
        <source>Status: &lt;span style=&quot;color:%1&quot;&gt;&lt;b&gt;%2&lt;/b&gt;&lt;/span&gt; — %3</source>
        <translation>랙 상태: &lt;span style=&quot;color:%1&quot;&gt;&lt;b&gt;%2&lt;/b&gt;&lt;/span&gt; — %3</translation>
    </message>
    <message>
        <source>Watched: you get a notification when its status turns bad.</source>
        <translation>감시 중: 상태가 나빠지면 알림을 받습니다.</translation>
    </message>
    <message>
        <source>Disabled: this connection is read-only.</source>
        <translation>사용 불가: 이 연결은 읽기 전용입니다.</translation>
    </message>
    <message>
        <source>Watch %1</source>
        <translation>%1 감시</translation>
    </message>
    <message>
        <source>Notify when the status turns bad, and when the total lag exceeds this many messages (0: status only):</source>
        <translation>상태가 나빠질 때, 그리고 전체 랙이 다음 메시지 수를 넘을 때 알림(0: 상태만):</translation>
    </message>
    <message>
        <source>Deleting group %1…</source>
        <translation>그룹 %1 삭제 중…</translation>
    </message>
    <message>
        <source>Deleting the offsets of group %1 for topic %2…</source>
        <translation>토픽 %2에 대한 그룹 %1의 오프셋 삭제 중…</translation>
    </message>
    <message>
        <source>Delete Consumer Group</source>
        <translation>컨슈머 그룹 삭제</translation>
    </message>
    <message>
        <source>The group has active members; the broker will refuse until its consumers stop. Delete the group and all its committed offsets?</source>
        <translation>그룹에 활성 멤버가 있어 컨슈머가 멈출 때까지 브로커가 삭제를 거부합니다. 그룹과 커밋된 오프셋을 모두 삭제하시겠습니까?</translation>
    </message>
    <message>
        <source>Delete the group and all its committed offsets? Its consumers would start again from their auto.offset.reset position.</source>
        <translation>그룹과 커밋된 오프셋을 모두 삭제하시겠습니까? 이 그룹의 컨슈머는 auto.offset.reset 위치부터 다시 시작합니다.</translation>
    </message>
    <message>
        <source>&amp;Delete Group</source>
        <translation>그룹 삭제(&amp;D)</translation>
    </message>
    <message>
        <source>Delete Topic Offsets</source>
        <translation>토픽 오프셋 삭제</translation>
    </message>
    <message>
        <source>Delete the committed offsets of %1 for topic:</source>
        <translation>%1의 커밋된 오프셋을 삭제할 토픽:</translation>
    </message>
    <message>
        <source>Delete the committed offsets of group %1 for topic %2?</source>
        <translation>토픽 %2에 대한 그룹 %1의 커밋된 오프셋을 삭제하시겠습니까?</translation>
    </message>
    <message>
        <source>&amp;Delete Offsets</source>
        <translation>오프셋 삭제(&amp;D)</translation>
    </message>
    <message>
        <source>Done: %1</source>
        <translation>완료: %1</translation>
    </message>
    <message>
        <source>P&amp;artitions</source>
        <translation>파티션(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Members</source>
        <translation>멤버(&amp;M)</translation>
    </message>
    <message>
        <source>Lag over &amp;time</source>
        <translation>시간별 랙(&amp;T)</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>상태: %1</translation>
    </message>
    <message>
        <source>coordinator: broker %1 (%2)</source>
        <translation>코디네이터: 브로커 %1 (%2)</translation>
    </message>
    <message>
        <source>Catch-up: %1</source>
        <translation>따라잡기: %1</translation>
    </message>
    <message>
        <source>Show &amp;Next Message</source>
        <translation>다음 메시지 보기(&amp;N)</translation>
    </message>
    <message>
        <source>Open the message the group reads next on the selected partition (at its committed offset), or on its stalled or stopped partition: the one a stuck consumer is stuck on</source>
        <translation>선택한 파티션에서 그룹이 다음에 읽을 메시지(커밋된 오프셋의 메시지)를 엽니다. 선택이 없으면 정체되거나 멈춘 파티션의 메시지, 즉 멈춘 컨슈머가 걸려 있는 메시지를 엽니다</translation>
    </message>
    <message>
        <source>Membership changes of the group</source>
        <translation>그룹의 멤버십 변경</translation>
    </message>
    <message>
        <source>Chan&amp;ges</source>
        <translation>변경 내역(&amp;G)</translation>
    </message>
    <message>
        <source>Chan&amp;ges (%1)</source>
        <translation>변경 내역 %1건(&amp;G)</translation>
    </message>
</context>
<context>
    <name>Qafka::CreateTopicDialog</name>
    <message>
        <source>Create Topic</source>
        <translation>토픽 생성</translation>
    </message>
    <message>
        <source>broker default</source>
        <translation>브로커 기본값</translation>
    </message>
    <message numerus="yes">
        <source>There are %n broker(s); a larger factor is refused by the broker.</source>
        <translation>
            <numerusform>브로커가 %n개 있습니다. 이보다 큰 복제 계수는 브로커가 거부합니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>broker default; milliseconds, -1 for forever</source>
        <translation>브로커 기본값; 밀리초, 무제한은 -1</translation>
    </message>
    <message>
        <source>other topic configs, one name=value per line</source>
        <translation>기타 토픽 설정, 한 줄에 name=value 하나씩</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>이름(&amp;N):</translation>
    </message>
    <message>
        <source>&amp;Partitions:</source>
        <translation>파티션(&amp;P):</translation>
    </message>
    <message>
        <source>&amp;Replication factor:</source>
        <translation>복제 계수(&amp;R):</translation>
    </message>
    <message>
        <source>&amp;Cleanup policy:</source>
        <translation>정리 정책(&amp;C):</translation>
    </message>
    <message>
        <source>Re&amp;tention (ms):</source>
        <translation>보존 기간(ms)(&amp;T):</translation>
    </message>
    <message>
        <source>&amp;Min in-sync replicas:</source>
        <translation>최소 ISR(&amp;M):</translation>
    </message>
    <message>
        <source>&amp;Other configs:</source>
        <translation>기타 설정(&amp;O):</translation>
    </message>
    <message>
        <source>C&amp;reate</source>
        <translation>생성(&amp;R)</translation>
    </message>
    <message>
        <source>A topic named “%1” exists already.</source>
        <translation>이름이 “%1”인 토픽이 이미 있습니다.</translation>
    </message>
    <message>
        <source>Retention must be a number of milliseconds, or -1 for forever.</source>
        <translation>보존 기간은 밀리초 단위 숫자이거나 무제한을 뜻하는 -1이어야 합니다.</translation>
    </message>
    <message>
        <source>“%1” is not of the form name=value.</source>
        <translation>“%1”이(가) name=value 형식이 아닙니다.</translation>
    </message>
</context>
<context>
    <name>Qafka::DeleteRecordsDialog</name>
    <message>
        <source>&amp;All records (purge)</source>
        <translation>모든 레코드(전체 삭제)(&amp;A)</translation>
    </message>
    <message>
        <source>Records &amp;before offset:</source>
        <translation>다음 오프셋 이전 레코드(&amp;B):</translation>
    </message>
    <message>
        <source>Delete Records of %1</source>
        <translation>%1의 레코드 삭제</translation>
    </message>
    <message>
        <source>All partitions</source>
        <translation>모든 파티션</translation>
    </message>
    <message>
        <source>Partition %1</source>
        <translation>파티션 %1</translation>
    </message>
    <message>
        <source>Topic name to confirm</source>
        <translation>확인용 토픽 이름</translation>
    </message>
    <message>
        <source>&amp;Partition:</source>
        <translation>파티션(&amp;P):</translation>
    </message>
    <message>
        <source>Type &lt;b&gt;%1&lt;/b&gt; to confirm:</source>
        <translation>확인하려면 &lt;b&gt;%1&lt;/b&gt;을(를) 입력하세요:</translation>
    </message>
    <message>
        <source>&amp;Delete Records</source>
        <translation>레코드 삭제(&amp;D)</translation>
    </message>
    <message>
        <source>Deleted records are gone for every consumer; this cannot be undone.</source>
        <translation>삭제된 레코드는 모든 컨슈머에게서 사라지며 되돌릴 수 없습니다.</translation>
    </message>
    <message>
        <source>Enter the first offset to keep.</source>
        <translation>유지할 첫 번째 오프셋을 입력하세요.</translation>
    </message>
    <message>
        <source>How many messages would go is not known yet (watermarks not loaded).</source>
        <translation>삭제될 메시지 수를 아직 알 수 없습니다(워터마크를 불러오지 않음).</translation>
    </message>
    <message>
        <source>%1 message(s) will be deleted.</source>
        <translation>메시지 %1개가 삭제됩니다.</translation>
    </message>
</context>
<context>
    <name>Qafka::DeliveryReportModel</name>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Partition</source>
        <translation>파티션</translation>
    </message>
    <message>
        <source>Offset</source>
        <translation>오프셋</translation>
    </message>
    <message>
        <source>Timestamp</source>
        <translation>타임스탬프</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>결과</translation>
    </message>
    <message>
        <source>delivered</source>
        <translation>전송됨</translation>
    </message>
</context>
<context>
    <name>Qafka::DesktopNotifier</name>
    <message>
        <source>Desktop notifications are unavailable: no D-Bus session bus.</source>
        <translation>데스크톱 알림을 사용할 수 없습니다: D-Bus 세션 버스가 없습니다.</translation>
    </message>
    <message>
        <source>Desktop notifications are unavailable: no notification service is running.</source>
        <translation>데스크톱 알림을 사용할 수 없습니다: 실행 중인 알림 서비스가 없습니다.</translation>
    </message>
    <message>
        <source>The desktop notification could not be shown: %1</source>
        <translation>데스크톱 알림을 표시할 수 없습니다: %1</translation>
    </message>
</context>
<context>
    <name>Qafka::DestructiveConfirmDialog</name>
    <message>
        <source>Affected</source>
        <translation>영향받는 항목</translation>
    </message>
    <message>
        <source>Type &lt;b&gt;%1&lt;/b&gt; to confirm:</source>
        <translation>확인하려면 &lt;b&gt;%1&lt;/b&gt;을(를) 입력하세요:</translation>
    </message>
    <message>
        <source>Name to confirm</source>
        <translation>확인용 이름</translation>
    </message>
</context>
<context>
    <name>Qafka::GroupChartsView</name>
    <message>
        <source>Lag</source>
        <translation>랙</translation>
    </message>
    <message>
        <source>messages</source>
        <translation>메시지</translation>
    </message>
    <message>
        <source>Time lag</source>
        <translation>시간 랙</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>초</translation>
    </message>
    <message>
        <source>Produce and consume rate</source>
        <translation>전송 및 소비 속도</translation>
    </message>
    <message>
        <source>Chart time range</source>
        <translation>차트 시간 범위</translation>
    </message>
    <message>
        <source>Last 5 minutes</source>
        <translation>최근 5분</translation>
    </message>
    <message>
        <source>Last hour</source>
        <translation>최근 1시간</translation>
    </message>
    <message>
        <source>Last 24 hours</source>
        <translation>최근 24시간</translation>
    </message>
    <message>
        <source>Lag lines</source>
        <translation>랙 그래프 선</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>전체</translation>
    </message>
    <message>
        <source>Per topic</source>
        <translation>토픽별</translation>
    </message>
    <message>
        <source>Per partition</source>
        <translation>파티션별</translation>
    </message>
    <message>
        <source>&amp;Range:</source>
        <translation>범위(&amp;R):</translation>
    </message>
    <message>
        <source>&amp;Lines:</source>
        <translation>선(&amp;L):</translation>
    </message>
    <message>
        <source>Total lag</source>
        <translation>전체 랙</translation>
    </message>
    <message>
        <source>Max time lag</source>
        <translation>최대 시간 랙</translation>
    </message>
    <message>
        <source>Produced</source>
        <translation>전송</translation>
    </message>
    <message>
        <source>Consumed</source>
        <translation>소비</translation>
    </message>
    <message>
        <source>msg/s</source>
        <translation>메시지/초</translation>
    </message>
    <message>
        <source>Catch-up: %1</source>
        <translation>따라잡기: %1</translation>
    </message>
    <message>
        <source>Com&amp;pare Groups…</source>
        <translation>그룹 비교(&amp;P)…</translation>
    </message>
    <message>
        <source>Draw other groups&apos; total lag on the lag chart</source>
        <translation>다른 그룹의 전체 랙을 랙 차트에 함께 그립니다</translation>
    </message>
    <message>
        <source>E&amp;xport</source>
        <translation>내보내기(&amp;X)</translation>
    </message>
    <message>
        <source>Export the charts</source>
        <translation>차트 내보내기</translation>
    </message>
    <message>
        <source>Export Data as CSV…</source>
        <translation>데이터를 CSV로 내보내기…</translation>
    </message>
    <message>
        <source>Save Charts as PNG…</source>
        <translation>차트를 PNG로 저장…</translation>
    </message>
    <message>
        <source>Com&amp;pare Groups (%1)…</source>
        <translation>그룹 비교 %1개(&amp;P)…</translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>%1에 쓸 수 없습니다: %2</translation>
    </message>
    <message>
        <source>%1 could not be written as a PNG picture.</source>
        <translation>%1을(를) PNG 그림으로 쓸 수 없습니다.</translation>
    </message>
    <message>
        <source>Export Chart Data</source>
        <translation>차트 데이터 내보내기</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 파일 (*.csv)</translation>
    </message>
    <message>
        <source>Save Charts</source>
        <translation>차트 저장</translation>
    </message>
    <message>
        <source>PNG pictures (*.png)</source>
        <translation>PNG 그림 (*.png)</translation>
    </message>
</context>
<context>
    <name>Qafka::GroupMemberModel</name>
    <message>
        <source>(nothing assigned)</source>
        <translation>(할당 없음)</translation>
    </message>
    <message>
        <source>Member id</source>
        <translation>멤버 ID</translation>
    </message>
    <message>
        <source>Client id</source>
        <translation>클라이언트 ID</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>호스트</translation>
    </message>
    <message>
        <source>Group instance id</source>
        <translation>그룹 인스턴스 ID</translation>
    </message>
    <message>
        <source>Assigned partitions</source>
        <translation>할당된 파티션</translation>
    </message>
</context>
<context>
    <name>Qafka::GroupMonitor</name>
    <message>
        <source>Consumer group %1 is %2</source>
        <translation>컨슈머 그룹 %1 상태: %2</translation>
    </message>
    <message>
        <source>Consumer group %1 lags %2 messages</source>
        <translation>컨슈머 그룹 %1의 랙: 메시지 %2개</translation>
    </message>
    <message>
        <source>Its lag crossed the threshold of %1 messages.</source>
        <translation>랙이 임계값(메시지 %1개)을 넘었습니다.</translation>
    </message>
    <message>
        <source>Reset the offsets of group %1</source>
        <translation>그룹 %1의 오프셋 재설정</translation>
    </message>
    <message>
        <source>Delete group %1</source>
        <translation>그룹 %1 삭제</translation>
    </message>
    <message>
        <source>Delete the committed offsets of group %1 for topic %2</source>
        <translation>토픽 %2에 대한 그룹 %1의 커밋된 오프셋 삭제</translation>
    </message>
</context>
<context>
    <name>Qafka::GroupPartitionModel</name>
    <message>
        <source>Topic</source>
        <translation>토픽</translation>
    </message>
    <message>
        <source>Partition</source>
        <translation>파티션</translation>
    </message>
    <message>
        <source>Committed offset</source>
        <translation>커밋된 오프셋</translation>
    </message>
    <message>
        <source>Log-end offset</source>
        <translation>로그 끝 오프셋</translation>
    </message>
    <message>
        <source>Lag</source>
        <translation>랙</translation>
    </message>
    <message>
        <source>Time lag</source>
        <translation>시간 랙</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>랙 상태</translation>
    </message>
    <message>
        <source>Consumer id</source>
        <translation>컨슈머 ID</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>호스트</translation>
    </message>
    <message>
        <source>Client id</source>
        <translation>클라이언트 ID</translation>
    </message>
    <message>
        <source>Catch-up</source>
        <translation>따라잡기</translation>
    </message>
</context>
<context>
    <name>Qafka::GroupPickerDialog</name>
    <message>
        <source>Compare Groups</source>
        <translation>그룹 비교</translation>
    </message>
    <message>
        <source>Filter groups</source>
        <translation>그룹 필터</translation>
    </message>
    <message>
        <source>Groups to compare</source>
        <translation>비교할 그룹</translation>
    </message>
    <message>
        <source>Draw the total lag of these groups on one chart, beside the selected group:</source>
        <translation>선택한 그룹 옆에 이 그룹들의 전체 랙을 한 차트에 그립니다:</translation>
    </message>
</context>
<context>
    <name>Qafka::GroupWorker</name>
    <message>
        <source>Committed offsets could not be read: %1</source>
        <translation>커밋된 오프셋을 읽을 수 없습니다: %1</translation>
    </message>
    <message>
        <source>no committed offsets and no assigned partitions</source>
        <translation>커밋된 오프셋과 할당된 파티션 없음</translation>
    </message>
    <message numerus="yes">
        <source>all %n partition(s) caught up or catching up</source>
        <translation>
            <numerusform>파티션 %n개 모두 따라잡았거나 따라잡는 중</numerusform>
        </translation>
    </message>
    <message>
        <source>The committed offsets of group %1 could not be read: %2</source>
        <translation>그룹 %1의 커밋된 오프셋을 읽을 수 없습니다: %2</translation>
    </message>
    <message>
        <source>Group %1 has no committed offsets; choose the topics to reset.</source>
        <translation>그룹 %1에 커밋된 오프셋이 없습니다. 재설정할 토픽을 선택하세요.</translation>
    </message>
    <message>
        <source>Reset the offsets of group %1</source>
        <translation>그룹 %1의 오프셋 재설정</translation>
    </message>
    <message>
        <source>Group %1 has active members; offsets can only be reset while no consumer of the group is running.</source>
        <translation>그룹 %1에 활성 멤버가 있습니다. 오프셋은 그룹의 컨슈머가 하나도 실행 중이지 않을 때만 재설정할 수 있습니다.</translation>
    </message>
    <message>
        <source>Stop the group&apos;s consumers, then try again.</source>
        <translation>그룹의 컨슈머를 중지한 후 다시 시도하세요.</translation>
    </message>
    <message>
        <source>Delete group %1</source>
        <translation>그룹 %1 삭제</translation>
    </message>
    <message>
        <source>Delete the committed offsets of group %1 for topic %2</source>
        <translation>토픽 %2에 대한 그룹 %1의 커밋된 오프셋 삭제</translation>
    </message>
    <message>
        <source>Group %1 has no committed offsets for topic %2.</source>
        <translation>그룹 %1에 토픽 %2의 커밋된 오프셋이 없습니다.</translation>
    </message>
</context>
<context>
    <name>Qafka::LocalSchemaDialog</name>
    <message>
        <source>Protobuf message type</source>
        <translation>Protobuf 메시지 유형</translation>
    </message>
    <message>
        <source>Protobuf: the message type</source>
        <translation>Protobuf: 메시지 유형</translation>
    </message>
    <message>
        <source>Schema Files for %1</source>
        <translation>%1의 스키마 파일</translation>
    </message>
    <message>
        <source>Keys and values written without a registry decode with these files: .avsc (Avro), .proto (Protobuf, imports next to it) or .json (JSON Schema). Leave a side empty to show its bytes.</source>
        <translation>레지스트리 없이 기록된 키와 값을 이 파일로 디코딩합니다: .avsc(Avro), .proto(Protobuf, import 파일은 같은 폴더에), .json(JSON Schema). 비워 둔 쪽은 바이트 그대로 표시합니다.</translation>
    </message>
    <message>
        <source>&amp;Key schema file:</source>
        <translation>키 스키마 파일(&amp;K):</translation>
    </message>
    <message>
        <source>Choose the key&apos;s schema file</source>
        <translation>키의 스키마 파일 선택</translation>
    </message>
    <message>
        <source>Key message &amp;type:</source>
        <translation>키 메시지 유형(&amp;T):</translation>
    </message>
    <message>
        <source>&amp;Value schema file:</source>
        <translation>값 스키마 파일(&amp;V):</translation>
    </message>
    <message>
        <source>Choose the value&apos;s schema file</source>
        <translation>값의 스키마 파일 선택</translation>
    </message>
    <message>
        <source>Value &amp;message type:</source>
        <translation>값 메시지 유형(&amp;M):</translation>
    </message>
    <message>
        <source>%1 has no message type “%2”; it has: %3.</source>
        <translation>%1에는 메시지 유형 “%2”이(가) 없습니다. 있는 유형: %3.</translation>
    </message>
</context>
<context>
    <name>Qafka::MainWindow</name>
    <message>
        <source>Qafka</source>
        <translation>Qafka</translation>
    </message>
    <message>
        <source>Open clusters</source>
        <translation>열린 클러스터</translation>
    </message>
    <message>
        <source>Connection status</source>
        <translation>연결 상태</translation>
    </message>
    <message>
        <source>&amp;Connection</source>
        <translation>연결(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;New Connection…</source>
        <translation>새 연결(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>열기(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Edit Connection…</source>
        <translation>연결 편집(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Close Connection</source>
        <translation>연결 닫기(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>종료(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>보기(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>새로 고침(&amp;R)</translation>
    </message>
    <message>
        <source>Re&amp;connect</source>
        <translation>다시 연결(&amp;C)</translation>
    </message>
    <message>
        <source>No saved connections</source>
        <translation>저장된 연결 없음</translation>
    </message>
    <message>
        <source>Messages Still Being Sent</source>
        <translation>메시지 전송 중</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) have not been acknowledged by the broker yet. Close anyway? Qafka gives them half a second; the rest are not sent.</source>
        <translation>
            <numerusform>메시지 %n개가 아직 브로커의 확인을 받지 못했습니다. 그래도 닫으시겠습니까? Qafka는 0.5초 동안 기다리며, 나머지는 전송되지 않습니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>No cluster open. Use Connection ▸ New Connection (Ctrl+N).</source>
        <translation>열린 클러스터가 없습니다. 연결 ▸ 새 연결(Ctrl+N)을 사용하세요.</translation>
    </message>
    <message>
        <source>Keychain</source>
        <translation>키체인</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>찾기(&amp;F)…</translation>
    </message>
    <message>
        <source>&amp;Brokers</source>
        <translation>브로커(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Topics</source>
        <translation>토픽(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Messages</source>
        <translation>메시지(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Produce Message…</source>
        <translation>메시지 전송(&amp;P)…</translation>
    </message>
    <message>
        <source>Consumer &amp;Groups</source>
        <translation>컨슈머 그룹(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>언어(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>도움말(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About Qafka</source>
        <translation>Qafka 정보(&amp;A)</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>언어</translation>
    </message>
    <message>
        <source>Qafka will use the new language the next time it starts.</source>
        <translation>Qafka를 다음에 시작할 때 새 언어가 적용됩니다.</translation>
    </message>
    <message>
        <source>Not reopened, the saved connection no longer exists: %1</source>
        <translation>저장된 연결이 더 이상 없어 다시 열지 않았습니다: %1</translation>
    </message>
    <message>
        <source>&amp;Schemas</source>
        <translation>스키마(&amp;S)</translation>
    </message>
</context>
<context>
    <name>Qafka::MembershipChangeModel</name>
    <message>
        <source>Settled after %1 s</source>
        <translation>%1초 후 안정됨</translation>
    </message>
    <message>
        <source>Rebalance: %1</source>
        <translation>리밸런스: %1</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>시각</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>변경</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>멤버</translation>
    </message>
</context>
<context>
    <name>Qafka::MessageDetailView</name>
    <message>
        <source>Copy &amp;Key</source>
        <translation>키 복사(&amp;K)</translation>
    </message>
    <message>
        <source>Copy &amp;Value</source>
        <translation>값 복사(&amp;V)</translation>
    </message>
    <message>
        <source>Copy as &amp;JSON</source>
        <translation>JSON으로 복사(&amp;J)</translation>
    </message>
    <message>
        <source>Send A&amp;gain…</source>
        <translation>다시 보내기(&amp;G)…</translation>
    </message>
    <message>
        <source>Message details</source>
        <translation>메시지 세부 정보</translation>
    </message>
    <message>
        <source>Message value</source>
        <translation>메시지 값</translation>
    </message>
    <message>
        <source>Message key</source>
        <translation>메시지 키</translation>
    </message>
    <message>
        <source>Message headers</source>
        <translation>메시지 헤더</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>이름</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>값</translation>
    </message>
    <message>
        <source>Message metadata</source>
        <translation>메시지 메타데이터</translation>
    </message>
    <message>
        <source>Open this message in the producer pane</source>
        <translation>이 메시지를 프로듀서 창에서 엽니다</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>키</translation>
    </message>
    <message>
        <source>Headers</source>
        <translation>헤더</translation>
    </message>
    <message>
        <source>Metadata</source>
        <translation>메타데이터</translation>
    </message>
    <message>
        <source>Select a message to see it here.</source>
        <translation>메시지를 선택하면 여기에 표시됩니다.</translation>
    </message>
    <message>
        <source>(null)</source>
        <translation>(null)</translation>
    </message>
    <message>
        <source>Headers (%1)</source>
        <translation>헤더 (%1)</translation>
    </message>
    <message>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <source>CreateTime (set by the producer)</source>
        <translation>CreateTime (프로듀서가 설정)</translation>
    </message>
    <message>
        <source>LogAppendTime (set by the broker)</source>
        <translation>LogAppendTime (브로커가 설정)</translation>
    </message>
    <message>
        <source>not available</source>
        <translation>없음</translation>
    </message>
    <message>
        <source>&lt;table&gt;&lt;tr&gt;&lt;td&gt;Topic&lt;/td&gt;&lt;td&gt;%1&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Partition&lt;/td&gt;&lt;td&gt;%2&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Offset&lt;/td&gt;&lt;td&gt;%3&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Timestamp&lt;/td&gt;&lt;td&gt;%4 UTC&lt;br&gt;%5 local&lt;br&gt;%6 ms&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Timestamp type&lt;/td&gt;&lt;td&gt;%7&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Key size&lt;/td&gt;&lt;td&gt;%8&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Value size&lt;/td&gt;&lt;td&gt;%9&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Headers&lt;/td&gt;&lt;td&gt;%10 (%11)&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;</source>
        <translation>&lt;table&gt;&lt;tr&gt;&lt;td&gt;토픽&lt;/td&gt;&lt;td&gt;%1&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;파티션&lt;/td&gt;&lt;td&gt;%2&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;오프셋&lt;/td&gt;&lt;td&gt;%3&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;타임스탬프&lt;/td&gt;&lt;td&gt;%4 UTC&lt;br&gt;%5 현지 시간&lt;br&gt;%6 ms&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;타임스탬프 유형&lt;/td&gt;&lt;td&gt;%7&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;키 크기&lt;/td&gt;&lt;td&gt;%8&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;값 크기&lt;/td&gt;&lt;td&gt;%9&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;헤더&lt;/td&gt;&lt;td&gt;%10 (%11)&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;</translation>
    </message>
</context>
<context>
    <name>Qafka::MessageExportJob</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1에 쓸 수 없습니다: %2</translation>
    </message>
    <message>
        <source>Writing %1 failed: %2</source>
        <translation>%1 쓰기 실패: %2</translation>
    </message>
</context>
<context>
    <name>Qafka::MessageListModel</name>
    <message>
        <source>Create</source>
        <translation>생성</translation>
    </message>
    <message>
        <source>Log append</source>
        <translation>로그 추가</translation>
    </message>
    <message>
        <source>None</source>
        <translation>없음</translation>
    </message>
    <message>
        <source>(null)</source>
        <translation>(null)</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(비어 있음)</translation>
    </message>
    <message>
        <source>(null: tombstone)</source>
        <translation>(null: 툼스톤)</translation>
    </message>
    <message>
        <source>(dropped: over the memory cap)</source>
        <translation>(생략됨: 메모리 한도 초과)</translation>
    </message>
    <message>
        <source>Key %1 B, value %2 B, headers %3 B</source>
        <translation>키 %1 B, 값 %2 B, 헤더 %3 B</translation>
    </message>
    <message>
        <source>%1 ms since the epoch (%2)</source>
        <translation>에포크 이후 %1 ms (%2)</translation>
    </message>
    <message>
        <source>Partition</source>
        <translation>파티션</translation>
    </message>
    <message>
        <source>Offset</source>
        <translation>오프셋</translation>
    </message>
    <message>
        <source>Timestamp</source>
        <translation>타임스탬프</translation>
    </message>
    <message>
        <source>Time type</source>
        <translation>시간 유형</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>키</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>값</translation>
    </message>
    <message>
        <source>Headers</source>
        <translation>헤더</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>크기</translation>
    </message>
    <message>
        <source>%1, schema %2</source>
        <translation>%1, 스키마 %2</translation>
    </message>
    <message>
        <source>%1, local schema file</source>
        <translation>%1, 로컬 스키마 파일</translation>
    </message>
    <message>
        <source>Does not match its schema: %1</source>
        <translation>스키마와 일치하지 않음: %1</translation>
    </message>
</context>
<context>
    <name>Qafka::MessagesPane</name>
    <message>
        <source>&amp;Keep following</source>
        <translation>계속 따라가기(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;Load</source>
        <translation>불러오기(&amp;L)</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>중지(&amp;T)</translation>
    </message>
    <message>
        <source>Rege&amp;x</source>
        <translation>정규식(&amp;X)</translation>
    </message>
    <message>
        <source>Match &amp;case</source>
        <translation>대소문자 구분(&amp;C)</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>시작 시각</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>종료 시각</translation>
    </message>
    <message>
        <source>Cancel Filter</source>
        <translation>필터 취소</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>메시지</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>내보내기(&amp;X)…</translation>
    </message>
    <message>
        <source>Cancel Export</source>
        <translation>내보내기 취소</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>토픽</translation>
    </message>
    <message>
        <source>Partitions to read</source>
        <translation>읽을 파티션</translation>
    </message>
    <message>
        <source>all, or e.g. 0,2-4</source>
        <translation>전체 또는 예: 0,2-4</translation>
    </message>
    <message>
        <source>Start at</source>
        <translation>시작 위치</translation>
    </message>
    <message>
        <source>Beginning</source>
        <translation>처음</translation>
    </message>
    <message>
        <source>End (live tail)</source>
        <translation>끝 (실시간 추적)</translation>
    </message>
    <message>
        <source>Offset</source>
        <translation>오프셋</translation>
    </message>
    <message>
        <source>Timestamp</source>
        <translation>타임스탬프</translation>
    </message>
    <message>
        <source>Last N per partition</source>
        <translation>파티션별 마지막 N개</translation>
    </message>
    <message>
        <source>Start offset or count</source>
        <translation>시작 오프셋 또는 개수</translation>
    </message>
    <message>
        <source>Start time</source>
        <translation>시작 시간</translation>
    </message>
    <message>
        <source>Maximum messages to load</source>
        <translation>불러올 최대 메시지 수</translation>
    </message>
    <message>
        <source>No limit</source>
        <translation>제한 없음</translation>
    </message>
    <message>
        <source>Keep reading new messages after reaching the end, until stopped</source>
        <translation>끝에 도달한 후에도 중지할 때까지 새 메시지를 계속 읽습니다</translation>
    </message>
    <message>
        <source>Keep at most this many messages</source>
        <translation>보관할 최대 메시지 수</translation>
    </message>
    <message>
        <source>Keep at most this many megabytes of messages</source>
        <translation>보관할 메시지의 최대 용량(MB)</translation>
    </message>
    <message>
        <source> MB</source>
        <translation> MB</translation>
    </message>
    <message>
        <source>T&amp;opic:</source>
        <translation>토픽(&amp;O):</translation>
    </message>
    <message>
        <source>&amp;Partitions:</source>
        <translation>파티션(&amp;P):</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>시작 위치(&amp;F):</translation>
    </message>
    <message>
        <source>&amp;Limit:</source>
        <translation>제한(&amp;L):</translation>
    </message>
    <message>
        <source>Filter messages</source>
        <translation>메시지 필터</translation>
    </message>
    <message>
        <source>Text in key, value or header values</source>
        <translation>키, 값 또는 헤더 값의 텍스트</translation>
    </message>
    <message>
        <source>JSON field filter</source>
        <translation>JSON 필드 필터</translation>
    </message>
    <message>
        <source>JSON field, e.g. $.customer.id == 42</source>
        <translation>JSON 필드, 예: $.customer.id == 42</translation>
    </message>
    <message>
        <source>&lt;p&gt;Keeps messages whose JSON value has a field that matches:&lt;/p&gt;&lt;ul&gt;&lt;li&gt;&lt;code&gt;$.customer.id == 42&lt;/code&gt; (also &lt;code&gt;=&lt;/code&gt;, &lt;code&gt;!=&lt;/code&gt;, &lt;code&gt;&amp;lt;&lt;/code&gt;, &lt;code&gt;&amp;lt;=&lt;/code&gt;, &lt;code&gt;&amp;gt;&lt;/code&gt;, &lt;code&gt;&amp;gt;=&lt;/code&gt;)&lt;/li&gt;&lt;li&gt;&lt;code&gt;items[0].sku == &quot;A1&quot;&lt;/code&gt;, &lt;code&gt;items[-1]&lt;/code&gt; is the last element&lt;/li&gt;&lt;li&gt;&lt;code&gt;status ~ ^FAIL&lt;/code&gt;: a regular expression on the field&apos;s text&lt;/li&gt;&lt;li&gt;&lt;code&gt;$.error&lt;/code&gt; alone: the field exists&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;Numbers compare by value (42 == 42.0); a number never equals a string.&lt;/p&gt;</source>
        <translation>&lt;p&gt;JSON 값에 다음 조건과 일치하는 필드가 있는 메시지만 남깁니다:&lt;/p&gt;&lt;ul&gt;&lt;li&gt;&lt;code&gt;$.customer.id == 42&lt;/code&gt; (&lt;code&gt;=&lt;/code&gt;, &lt;code&gt;!=&lt;/code&gt;, &lt;code&gt;&amp;lt;&lt;/code&gt;, &lt;code&gt;&amp;lt;=&lt;/code&gt;, &lt;code&gt;&amp;gt;&lt;/code&gt;, &lt;code&gt;&amp;gt;=&lt;/code&gt;도 사용 가능)&lt;/li&gt;&lt;li&gt;&lt;code&gt;items[0].sku == &quot;A1&quot;&lt;/code&gt;, &lt;code&gt;items[-1]&lt;/code&gt;은 마지막 요소&lt;/li&gt;&lt;li&gt;&lt;code&gt;status ~ ^FAIL&lt;/code&gt;: 필드 텍스트에 대한 정규식&lt;/li&gt;&lt;li&gt;&lt;code&gt;$.error&lt;/code&gt;만 쓰면: 필드가 존재함&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;숫자는 값으로 비교하며(42 == 42.0), 숫자는 문자열과 같을 수 없습니다.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Only partitions</source>
        <translation>특정 파티션만</translation>
    </message>
    <message>
        <source>partitions</source>
        <translation>파티션</translation>
    </message>
    <message>
        <source>Lowest offset</source>
        <translation>최소 오프셋</translation>
    </message>
    <message>
        <source>min offset</source>
        <translation>최소 오프셋</translation>
    </message>
    <message>
        <source>Highest offset</source>
        <translation>최대 오프셋</translation>
    </message>
    <message>
        <source>max offset</source>
        <translation>최대 오프셋</translation>
    </message>
    <message>
        <source>Messages since</source>
        <translation>메시지 시작 시각</translation>
    </message>
    <message>
        <source>Messages until</source>
        <translation>메시지 종료 시각</translation>
    </message>
    <message>
        <source>F&amp;ilter:</source>
        <translation>필터(&amp;I):</translation>
    </message>
    <message>
        <source>Loading status</source>
        <translation>불러오기 상태</translation>
    </message>
    <message>
        <source>Write the messages shown (after filtering) to JSON Lines or CSV</source>
        <translation>표시된 메시지(필터 적용 후)를 JSON Lines 또는 CSV로 저장합니다</translation>
    </message>
    <message>
        <source>Keep at &amp;most:</source>
        <translation>최대 보관(&amp;M):</translation>
    </message>
    <message>
        <source>Filtering… %1 of %2 messages</source>
        <translation>필터링 중… 메시지 %2개 중 %1개</translation>
    </message>
    <message>
        <source>%1 of %2 messages match</source>
        <translation>메시지 %2개 중 %1개 일치</translation>
    </message>
    <message>
        <source>Export cancelled; no file was written.</source>
        <translation>내보내기를 취소했습니다. 파일을 쓰지 않았습니다.</translation>
    </message>
    <message>
        <source>Exported %1 messages.</source>
        <translation>메시지 %1개를 내보냈습니다.</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>취소됨</translation>
    </message>
    <message>
        <source>“%1” is not a partition number or range (use e.g. 0,2-4).</source>
        <translation>“%1”은(는) 파티션 번호나 범위가 아닙니다(예: 0,2-4).</translation>
    </message>
    <message>
        <source>The range “%1” runs backwards.</source>
        <translation>범위 “%1”의 시작이 끝보다 큽니다.</translation>
    </message>
    <message>
        <source>offset</source>
        <translation>오프셋</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Choose a topic to read.</source>
        <translation>읽을 토픽을 선택하세요.</translation>
    </message>
    <message>
        <source>Enter the offset to start at.</source>
        <translation>시작할 오프셋을 입력하세요.</translation>
    </message>
    <message>
        <source>Enter how many messages to read from the end of each partition.</source>
        <translation>각 파티션의 끝에서부터 읽을 메시지 수를 입력하세요.</translation>
    </message>
    <message>
        <source>Re&amp;load</source>
        <translation>다시 불러오기(&amp;L)</translation>
    </message>
    <message>
        <source>Choose a topic and press Load.</source>
        <translation>토픽을 선택하고 불러오기를 누르세요.</translation>
    </message>
    <message>
        <source>%1 messages loaded from %2</source>
        <translation>%2에서 메시지 %1개를 불러옴</translation>
    </message>
    <message>
        <source>%1 msg/s</source>
        <translation>%1 메시지/초</translation>
    </message>
    <message>
        <source>P%1: %2/%3</source>
        <translation>P%1: %2/%3</translation>
    </message>
    <message>
        <source>P%1: %2</source>
        <translation>P%1: %2</translation>
    </message>
    <message>
        <source>, … (%1 partitions)</source>
        <translation>, … (파티션 %1개)</translation>
    </message>
    <message>
        <source>%1 oldest dropped to stay within the cap</source>
        <translation>한도를 넘지 않도록 오래된 메시지 %1개 제거</translation>
    </message>
    <message>
        <source>done: reached the end of every partition</source>
        <translation>완료: 모든 파티션의 끝에 도달</translation>
    </message>
    <message>
        <source>done: limit reached</source>
        <translation>완료: 제한에 도달</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>중지됨</translation>
    </message>
    <message>
        <source>failed: %1</source>
        <translation>실패: %1</translation>
    </message>
    <message>
        <source>waiting: %1 (what was loaded is kept; loading resumes when the cluster answers)</source>
        <translation>대기 중: %1 (불러온 메시지는 유지되며, 클러스터가 응답하면 다시 불러옵니다)</translation>
    </message>
    <message>
        <source>Filtering…</source>
        <translation>필터링 중…</translation>
    </message>
    <message>
        <source>Filter cancelled.</source>
        <translation>필터를 취소했습니다.</translation>
    </message>
    <message>
        <source>Export Messages</source>
        <translation>메시지 내보내기</translation>
    </message>
    <message>
        <source>JSON Lines (*.jsonl);;CSV (*.csv)</source>
        <translation>JSON Lines (*.jsonl);;CSV (*.csv)</translation>
    </message>
    <message>
        <source>Exporting to %1…</source>
        <translation>%1(으)로 내보내는 중…</translation>
    </message>
    <message>
        <source>Sche&amp;ma Files…</source>
        <translation>스키마 파일(&amp;M)…</translation>
    </message>
    <message>
        <source>Decode this topic&apos;s keys and values with schema files on disk (no registry)</source>
        <translation>디스크의 스키마 파일로 이 토픽의 키와 값을 디코딩합니다(레지스트리 없이)</translation>
    </message>
    <message>
        <source>Sea&amp;rch Topic</source>
        <translation>토픽 검색(&amp;R)</translation>
    </message>
    <message>
        <source>Read the whole topic (or the partitions, offsets and times chosen) and keep only the messages this filter matches; the filter bar filters what is loaded</source>
        <translation>토픽 전체(또는 선택한 파티션, 오프셋, 시간 범위)를 읽어 이 필터와 일치하는 메시지만 남깁니다. 필터 바는 불러온 메시지를 거릅니다</translation>
    </message>
    <message>
        <source>Type the text, pattern or JSON field condition to search for; to read a part of the topic, use Load.</source>
        <translation>검색할 텍스트, 패턴 또는 JSON 필드 조건을 입력하세요. 토픽의 일부를 읽으려면 불러오기를 사용하세요.</translation>
    </message>
    <message>
        <source>Searching %1 for the messages that match the filter…</source>
        <translation>%1에서 필터와 일치하는 메시지를 검색하는 중…</translation>
    </message>
    <message numerus="yes">
        <source>The %n message(s) found are shown; the filter bar now narrows them down.</source>
        <translation>
            <numerusform>찾은 메시지 %n개를 표시합니다. 이제 필터 바로 범위를 좁힐 수 있습니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>P%1: %2–%3 of %4–%5</source>
        <translation>P%1: %4–%5 중 %2–%3</translation>
    </message>
    <message numerus="yes">
        <source>%n match(es)</source>
        <translation>
            <numerusform>일치 %n개</numerusform>
        </translation>
    </message>
    <message>
        <source> in %1 of %2 messages of %3 searched (%4 %)</source>
        <translation> · %3의 메시지 %2개 중 %1개 검색함 (%4 %)</translation>
    </message>
    <message>
        <source> · about %1 left</source>
        <translation> · 약 %1 남음</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1초</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1분</translation>
    </message>
    <message>
        <source> in %1 messages of %2 searched</source>
        <translation> · %2의 메시지 %1개 검색함</translation>
    </message>
    <message>
        <source>Look for the text in</source>
        <translation>텍스트를 찾을 곳</translation>
    </message>
    <message>
        <source>Where the filter text is looked for: key, value and header values, or only one</source>
        <translation>필터 텍스트를 찾을 곳: 키, 값, 헤더 값 모두 또는 그중 하나</translation>
    </message>
    <message>
        <source>In all</source>
        <translation>전체에서</translation>
    </message>
    <message>
        <source>In key</source>
        <translation>키에서</translation>
    </message>
    <message>
        <source>In value</source>
        <translation>값에서</translation>
    </message>
    <message>
        <source>In headers</source>
        <translation>헤더에서</translation>
    </message>
    <message>
        <source>following new messages</source>
        <translation>새 메시지를 따라가는 중</translation>
    </message>
</context>
<context>
    <name>Qafka::OperationStatus</name>
    <message>
        <source>Result of the last operation</source>
        <translation>마지막 작업 결과</translation>
    </message>
    <message>
        <source>%1: done.</source>
        <translation>%1: 완료.</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 실패: %2</translation>
    </message>
</context>
<context>
    <name>Qafka::PartitionModel</name>
    <message>
        <source>Partition</source>
        <translation>파티션</translation>
    </message>
    <message>
        <source>Leader</source>
        <translation>리더</translation>
    </message>
    <message>
        <source>Replicas</source>
        <translation>레플리카</translation>
    </message>
    <message>
        <source>In sync</source>
        <translation>동기화됨</translation>
    </message>
    <message>
        <source>Not in sync</source>
        <translation>동기화 안 됨</translation>
    </message>
    <message>
        <source>Earliest offset</source>
        <translation>가장 이른 오프셋</translation>
    </message>
    <message>
        <source>High watermark</source>
        <translation>하이 워터마크</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>메시지</translation>
    </message>
    <message>
        <source>none (offline)</source>
        <translation>없음 (오프라인)</translation>
    </message>
    <message>
        <source>Replicas %1 are assigned but not in sync with the leader</source>
        <translation>레플리카 %1은(는) 할당되었지만 리더와 동기화되지 않았습니다</translation>
    </message>
</context>
<context>
    <name>Qafka::PayloadView</name>
    <message>
        <source>Show All</source>
        <translation>모두 표시</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>텍스트</translation>
    </message>
    <message>
        <source>JSON</source>
        <translation>JSON</translation>
    </message>
    <message>
        <source>Hex</source>
        <translation>Hex</translation>
    </message>
    <message>
        <source>Base64</source>
        <translation>Base64</translation>
    </message>
    <message>
        <source>Show as</source>
        <translation>표시 형식</translation>
    </message>
    <message>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <source>Null (no bytes at all)</source>
        <translation>null (바이트 없음)</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>비어 있음</translation>
    </message>
    <message>
        <source>Empty (0 bytes)</source>
        <translation>비어 있음 (0바이트)</translation>
    </message>
    <message>
        <source>First %1 of %2</source>
        <translation>%2 중 처음 %1</translation>
    </message>
    <message>
        <source> · not valid UTF-8: bytes shown as \xNN</source>
        <translation> · 유효하지 않은 UTF-8: 바이트를 \xNN으로 표시</translation>
    </message>
    <message>
        <source> · Show All to format as JSON</source>
        <translation> · JSON으로 서식화하려면 모두 표시</translation>
    </message>
    <message>
        <source> · not JSON</source>
        <translation> · JSON 아님</translation>
    </message>
    <message>
        <source>Decoded</source>
        <translation>디코딩</translation>
    </message>
    <message>
        <source>Schema</source>
        <translation>스키마</translation>
    </message>
    <message>
        <source>Not schema-encoded</source>
        <translation>스키마로 인코딩되지 않음</translation>
    </message>
    <message>
        <source>%1 · schema %2</source>
        <translation>%1 · 스키마 %2</translation>
    </message>
    <message>
        <source>%1 · local schema file</source>
        <translation>%1 · 로컬 스키마 파일</translation>
    </message>
    <message>
        <source> · subject %1 version %2</source>
        <translation> · 서브젝트 %1 버전 %2</translation>
    </message>
    <message>
        <source> · message %1</source>
        <translation> · 메시지 %1</translation>
    </message>
    <message>
        <source>Not schema-encoded: choose Text, JSON or Hex</source>
        <translation>스키마로 인코딩되지 않음: 텍스트, JSON 또는 Hex를 선택하세요</translation>
    </message>
    <message>
        <source>Does not match its schema: %1</source>
        <translation>스키마와 일치하지 않음: %1</translation>
    </message>
    <message>
        <source>The schema&apos;s text is not known (yet)</source>
        <translation>스키마 텍스트를 (아직) 알 수 없음</translation>
    </message>
</context>
<context>
    <name>Qafka::ProducerPane</name>
    <message>
        <source>Text</source>
        <translation>텍스트</translation>
    </message>
    <message>
        <source>Empty key</source>
        <translation>빈 키</translation>
    </message>
    <message>
        <source>Null key</source>
        <translation>null 키</translation>
    </message>
    <message>
        <source>Empty value</source>
        <translation>빈 값</translation>
    </message>
    <message>
        <source>Null (tombstone)</source>
        <translation>null (툼스톤)</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>보내기(&amp;S)</translation>
    </message>
    <message>
        <source>Send &amp;File…</source>
        <translation>파일 보내기(&amp;F)…</translation>
    </message>
    <message>
        <source>Cance&amp;l</source>
        <translation>취소(&amp;L)</translation>
    </message>
    <message>
        <source>Delivery reports</source>
        <translation>전송 보고서</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>토픽</translation>
    </message>
    <message>
        <source>automatic (by key)</source>
        <translation>자동 (키 기준)</translation>
    </message>
    <message>
        <source>key, e.g. customer-{{random:1:100}}</source>
        <translation>키, 예: customer-{{random:1:100}}</translation>
    </message>
    <message>
        <source>value, e.g. {&quot;id&quot;: {{seq}}, &quot;at&quot;: &quot;{{now}}&quot;}</source>
        <translation>값, 예: {&quot;id&quot;: {{seq}}, &quot;at&quot;: &quot;{{now}}&quot;}</translation>
    </message>
    <message>
        <source>Message value</source>
        <translation>메시지 값</translation>
    </message>
    <message>
        <source>Message headers</source>
        <translation>메시지 헤더</translation>
    </message>
    <message>
        <source>Header</source>
        <translation>헤더</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>값</translation>
    </message>
    <message>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <source>as fast as possible</source>
        <translation>최대한 빠르게</translation>
    </message>
    <message>
        <source>Saved templates</source>
        <translation>저장된 템플릿</translation>
    </message>
    <message>
        <source>Recent sends</source>
        <translation>최근 전송</translation>
    </message>
    <message>
        <source>F&amp;ormat JSON</source>
        <translation>JSON 서식(&amp;O)</translation>
    </message>
    <message>
        <source>Template &amp;Help</source>
        <translation>템플릿 도움말(&amp;H)</translation>
    </message>
    <message>
        <source>Add &amp;Header</source>
        <translation>헤더 추가(&amp;H)</translation>
    </message>
    <message>
        <source>Remove Header</source>
        <translation>헤더 제거</translation>
    </message>
    <message>
        <source>every</source>
        <translation>간격</translation>
    </message>
    <message>
        <source>compression</source>
        <translation>압축</translation>
    </message>
    <message>
        <source>Save as Te&amp;mplate…</source>
        <translation>템플릿으로 저장(&amp;M)…</translation>
    </message>
    <message>
        <source>&amp;Templates / recent:</source>
        <translation>템플릿 / 최근(&amp;T):</translation>
    </message>
    <message>
        <source>&amp;Topic:</source>
        <translation>토픽(&amp;T):</translation>
    </message>
    <message>
        <source>&amp;Partition:</source>
        <translation>파티션(&amp;P):</translation>
    </message>
    <message>
        <source>&amp;Key:</source>
        <translation>키(&amp;K):</translation>
    </message>
    <message>
        <source>&amp;Value:</source>
        <translation>값(&amp;V):</translation>
    </message>
    <message>
        <source>&amp;Headers:</source>
        <translation>헤더(&amp;H):</translation>
    </message>
    <message>
        <source>&amp;Count:</source>
        <translation>개수(&amp;C):</translation>
    </message>
    <message>
        <source>This connection is read-only: nothing can be sent.</source>
        <translation>이 연결은 읽기 전용이므로 아무것도 보낼 수 없습니다.</translation>
    </message>
    <message>
        <source>Template Placeholders</source>
        <translation>템플릿 자리 표시자</translation>
    </message>
    <message>
        <source>This connection is read-only.</source>
        <translation>이 연결은 읽기 전용입니다.</translation>
    </message>
    <message>
        <source>Choose a topic.</source>
        <translation>토픽을 선택하세요.</translation>
    </message>
    <message>
        <source>valid JSON</source>
        <translation>유효한 JSON</translation>
    </message>
    <message>
        <source>not valid JSON: %1</source>
        <translation>유효하지 않은 JSON: %1</translation>
    </message>
    <message>
        <source>%1 × %2 at %3</source>
        <translation>%1 × %2 (%3)</translation>
    </message>
    <message>
        <source>The file has no messages.</source>
        <translation>파일에 메시지가 없습니다.</translation>
    </message>
    <message>
        <source>Sending %1 message(s) to %2…</source>
        <translation>%2에 메시지 %1개를 보내는 중…</translation>
    </message>
    <message>
        <source>%1 of %2 acknowledged, %3 failed · %4 msg/s</source>
        <translation>%2개 중 %1개 확인됨, %3개 실패 · %4 메시지/초</translation>
    </message>
    <message>
        <source>Stopped: %1 of %2 delivered, %3 failed. %4 (%5)</source>
        <translation>중지됨: %2개 중 %1개 전달, %3개 실패. %4 (%5)</translation>
    </message>
    <message>
        <source>Nothing was sent: %1 (%2)</source>
        <translation>아무것도 보내지 못했습니다: %1 (%2)</translation>
    </message>
    <message>
        <source>Done: %1 of %2 delivered, %3 failed in %4 s (%5 msg/s).</source>
        <translation>완료: %4초 동안 %2개 중 %1개 전달, %3개 실패 (%5 메시지/초).</translation>
    </message>
    <message>
        <source>Cancelled: %1 were never sent.</source>
        <translation>취소됨: %1개는 전송되지 않았습니다.</translation>
    </message>
    <message>
        <source>Send Messages from a File</source>
        <translation>파일에서 메시지 보내기</translation>
    </message>
    <message>
        <source>JSON Lines (*.jsonl *.ndjson *.json);;Text, one message per line (*)</source>
        <translation>JSON Lines (*.jsonl *.ndjson *.json);;텍스트, 한 줄에 메시지 하나 (*)</translation>
    </message>
    <message>
        <source>Save Template</source>
        <translation>템플릿 저장</translation>
    </message>
    <message>
        <source>Template name:</source>
        <translation>템플릿 이름:</translation>
    </message>
    <message>
        <source>Saved templates…</source>
        <translation>저장된 템플릿…</translation>
    </message>
    <message>
        <source>Recent sends…</source>
        <translation>최근 전송…</translation>
    </message>
    <message>
        <source>Interval between messages</source>
        <translation>메시지 간 간격</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>%1 읽는 중…</translation>
    </message>
    <message>
        <source>Reading the file was cancelled; nothing was sent.</source>
        <translation>파일 읽기가 취소되어 아무것도 전송되지 않았습니다.</translation>
    </message>
    <message>
        <source>Nothing was sent: %1</source>
        <translation>전송된 것이 없습니다: %1</translation>
    </message>
    <message>
        <source>Schema Registry</source>
        <translation>스키마 레지스트리</translation>
    </message>
    <message>
        <source>Reading the schemas from the registry…</source>
        <translation>레지스트리에서 스키마를 읽는 중…</translation>
    </message>
    <message>
        <source>key</source>
        <translation>키</translation>
    </message>
    <message>
        <source>value</source>
        <translation>값</translation>
    </message>
    <message>
        <source>Nothing was sent: the first message does not fit its schema: %1</source>
        <translation>아무것도 보내지 않았습니다. 첫 메시지가 스키마에 맞지 않습니다: %1</translation>
    </message>
    <message>
        <source>message %1, %2: %3</source>
        <translation>메시지 %1, %2: %3</translation>
    </message>
</context>
<context>
    <name>Qafka::RegistryClient</name>
    <message>
        <source>No Schema Registry URL is set for this connection.</source>
        <translation>이 연결에는 스키마 레지스트리 URL이 설정되어 있지 않습니다.</translation>
    </message>
</context>
<context>
    <name>Qafka::RegistrySettingsEditor</name>
    <message>
        <source>kept in the system keychain</source>
        <translation>시스템 키체인에 보관됨</translation>
    </message>
    <message>
        <source>&amp;Skip TLS verification (test registries only)</source>
        <translation>TLS 검증 건너뛰기(테스트 레지스트리 전용)(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Test</source>
        <translation>테스트(&amp;T)</translation>
    </message>
    <message>
        <source>https://registry:8081[,https://other:8081…]</source>
        <translation>https://registry:8081[,https://other:8081…]</translation>
    </message>
    <message>
        <source>None</source>
        <translation>없음</translation>
    </message>
    <message>
        <source>Basic (user or API key and secret)</source>
        <translation>Basic (사용자 또는 API 키와 시크릿)</translation>
    </message>
    <message>
        <source>Bearer token</source>
        <translation>Bearer 토큰</translation>
    </message>
    <message>
        <source>Without verification anyone between Qafka and the registry can read and change what passes, credentials included.</source>
        <translation>검증하지 않으면 Qafka와 레지스트리 사이에 있는 누구나 자격 증명을 포함해 오가는 모든 내용을 읽고 바꿀 수 있습니다.</translation>
    </message>
    <message>
        <source>Registry &amp;URLs:</source>
        <translation>레지스트리 URL(&amp;U):</translation>
    </message>
    <message>
        <source>&amp;Authentication:</source>
        <translation>인증(&amp;A):</translation>
    </message>
    <message>
        <source>User or API &amp;key:</source>
        <translation>사용자 또는 API 키(&amp;K):</translation>
    </message>
    <message>
        <source>Secr&amp;et:</source>
        <translation>시크릿(&amp;E):</translation>
    </message>
    <message>
        <source>T&amp;oken:</source>
        <translation>토큰(&amp;O):</translation>
    </message>
    <message>
        <source>&amp;CA certificate (PEM):</source>
        <translation>CA 인증서(PEM)(&amp;C):</translation>
    </message>
    <message>
        <source>Choose the registry&apos;s CA certificate</source>
        <translation>레지스트리의 CA 인증서 선택</translation>
    </message>
    <message>
        <source>Client cer&amp;tificate (PEM):</source>
        <translation>클라이언트 인증서(PEM)(&amp;T):</translation>
    </message>
    <message>
        <source>Choose the client certificate for the registry</source>
        <translation>레지스트리용 클라이언트 인증서 선택</translation>
    </message>
    <message>
        <source>Client &amp;key (PEM):</source>
        <translation>클라이언트 키(PEM)(&amp;K):</translation>
    </message>
    <message>
        <source>Choose the client key for the registry</source>
        <translation>레지스트리용 클라이언트 키 선택</translation>
    </message>
    <message>
        <source>Key pass&amp;phrase:</source>
        <translation>키 암호 문구(&amp;P):</translation>
    </message>
    <message>
        <source>Schema Registry URL “%1” is not an http:// or https:// URL.</source>
        <translation>스키마 레지스트리 URL “%1”은(는) http:// 또는 https:// URL이 아닙니다.</translation>
    </message>
    <message>
        <source>Basic authentication to the Schema Registry needs a user or API key.</source>
        <translation>스키마 레지스트리에 Basic 인증을 사용하려면 사용자 또는 API 키가 필요합니다.</translation>
    </message>
    <message>
        <source>Registry credentials are set but no Schema Registry URL.</source>
        <translation>레지스트리 자격 증명은 설정되었지만 스키마 레지스트리 URL이 없습니다.</translation>
    </message>
    <message>
        <source>Enter the registry&apos;s URL first.</source>
        <translation>먼저 레지스트리 URL을 입력하세요.</translation>
    </message>
    <message>
        <source>Asking the registry…</source>
        <translation>레지스트리에 확인하는 중…</translation>
    </message>
</context>
<context>
    <name>Qafka::ResetOffsetsDialog</name>
    <message>
        <source>&amp;Preview</source>
        <translation>미리 보기(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Reset Offsets</source>
        <translation>오프셋 재설정(&amp;R)</translation>
    </message>
    <message>
        <source>Reset Offsets of %1</source>
        <translation>%1 오프셋 재설정</translation>
    </message>
    <message>
        <source>Topics to reset</source>
        <translation>재설정할 토픽</translation>
    </message>
    <message>
        <source>All topics of the group</source>
        <translation>그룹의 모든 토픽</translation>
    </message>
    <message>
        <source>Reset to</source>
        <translation>재설정 기준</translation>
    </message>
    <message>
        <source>Earliest offset</source>
        <translation>가장 이른 오프셋</translation>
    </message>
    <message>
        <source>Latest offset</source>
        <translation>가장 최근 오프셋</translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation>날짜 및 시간</translation>
    </message>
    <message>
        <source>Specific offset</source>
        <translation>특정 오프셋</translation>
    </message>
    <message>
        <source>Shift by</source>
        <translation>이동</translation>
    </message>
    <message>
        <source>Offset or shift</source>
        <translation>오프셋 또는 이동량</translation>
    </message>
    <message>
        <source>Offsets before and after the reset</source>
        <translation>재설정 전후 오프셋</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>토픽</translation>
    </message>
    <message>
        <source>Partition</source>
        <translation>파티션</translation>
    </message>
    <message>
        <source>Current offset</source>
        <translation>현재 오프셋</translation>
    </message>
    <message>
        <source>New offset</source>
        <translation>새 오프셋</translation>
    </message>
    <message>
        <source>Lag after</source>
        <translation>재설정 후 랙</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>비고</translation>
    </message>
    <message>
        <source>Type the group id to confirm</source>
        <translation>확인하려면 그룹 ID를 입력하세요</translation>
    </message>
    <message>
        <source>&amp;Topics:</source>
        <translation>토픽(&amp;T):</translation>
    </message>
    <message>
        <source>Reset &amp;to:</source>
        <translation>재설정 기준(&amp;T):</translation>
    </message>
    <message>
        <source>&amp;Value:</source>
        <translation>값(&amp;V):</translation>
    </message>
    <message>
        <source>&amp;Date and time:</source>
        <translation>날짜 및 시간(&amp;D):</translation>
    </message>
    <message>
        <source>Type the group id &lt;b&gt;%1&lt;/b&gt; to confirm:</source>
        <translation>확인하려면 그룹 ID &lt;b&gt;%1&lt;/b&gt;을(를) 입력하세요:</translation>
    </message>
    <message>
        <source>This connection is read-only: you can preview a reset, not do it.</source>
        <translation>이 연결은 읽기 전용이므로 재설정을 미리 볼 수만 있고 실행할 수는 없습니다.</translation>
    </message>
    <message numerus="yes">
        <source>The group has %n active member(s). Offsets can only be reset while none of its consumers runs.</source>
        <translation>
            <numerusform>그룹에 활성 멤버가 %n개 있습니다. 오프셋은 그룹의 컨슈머가 하나도 실행 중이지 않을 때만 재설정할 수 있습니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>Reading the partitions&apos; offsets…</source>
        <translation>파티션 오프셋을 읽는 중…</translation>
    </message>
    <message>
        <source>The group has active members now: stop its consumers before resetting (the broker refuses, or a consumer would overwrite the reset with its next commit).</source>
        <translation>이제 그룹에 활성 멤버가 있습니다. 재설정하기 전에 컨슈머를 중지하세요(브로커가 거부하거나, 컨슈머가 다음 커밋으로 재설정을 덮어씁니다).</translation>
    </message>
    <message numerus="yes">
        <source>%n partition(s) would change. Nothing has been written yet.</source>
        <translation>
            <numerusform>파티션 %n개가 변경됩니다. 아직 아무것도 기록하지 않았습니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>Resetting…</source>
        <translation>재설정 중…</translation>
    </message>
    <message>
        <source>The offsets of %1 were reset.</source>
        <translation>%1의 오프셋을 재설정했습니다.</translation>
    </message>
</context>
<context>
    <name>Qafka::RestClient</name>
    <message>
        <source>“%1” is not an http:// or https:// URL.</source>
        <translation>“%1”은(는) http:// 또는 https:// URL이 아닙니다.</translation>
    </message>
    <message>
        <source>The %1 “%2” cannot be read: %3.</source>
        <translation>%1 “%2”을(를) 읽을 수 없습니다: %3.</translation>
    </message>
    <message>
        <source>CA file</source>
        <translation>CA 파일</translation>
    </message>
    <message>
        <source>The CA file “%1” holds no PEM certificate.</source>
        <translation>CA 파일 “%1”에 PEM 인증서가 없습니다.</translation>
    </message>
    <message>
        <source>client certificate</source>
        <translation>클라이언트 인증서</translation>
    </message>
    <message>
        <source>key file</source>
        <translation>키 파일</translation>
    </message>
    <message>
        <source>The key file “%1” holds no key Qafka can read: check its passphrase.</source>
        <translation>키 파일 “%1”에 Qafka가 읽을 수 있는 키가 없습니다: 암호를 확인하세요.</translation>
    </message>
</context>
<context>
    <name>Qafka::SchemaChoiceEditor</name>
    <message>
        <source>Subject</source>
        <translation>서브젝트</translation>
    </message>
    <message>
        <source>latest</source>
        <translation>최신</translation>
    </message>
    <message>
        <source>Schema version</source>
        <translation>스키마 버전</translation>
    </message>
    <message>
        <source>Protobuf message (first if empty)</source>
        <translation>Protobuf 메시지(비우면 첫 번째)</translation>
    </message>
    <message>
        <source>Protobuf message type</source>
        <translation>Protobuf 메시지 유형</translation>
    </message>
    <message>
        <source>Subject:</source>
        <translation>서브젝트:</translation>
    </message>
    <message>
        <source>Version:</source>
        <translation>버전:</translation>
    </message>
    <message>
        <source>Choose the subject whose schema encodes the %1.</source>
        <translation>%1을(를) 인코딩할 스키마의 서브젝트를 선택하세요.</translation>
    </message>
    <message>
        <source>key</source>
        <translation>키</translation>
    </message>
    <message>
        <source>value</source>
        <translation>값</translation>
    </message>
    <message>
        <source>register a schema file first (optional)</source>
        <translation>먼저 등록할 스키마 파일(선택)</translation>
    </message>
    <message>
        <source>Schema file to register before sending</source>
        <translation>보내기 전에 등록할 스키마 파일</translation>
    </message>
    <message>
        <source>Off when empty. The file (.avsc, .proto or .json) is registered under the subject, then used to encode.</source>
        <translation>비어 있으면 사용하지 않습니다. 파일(.avsc, .proto 또는 .json)을 서브젝트에 등록한 뒤 인코딩에 사용합니다.</translation>
    </message>
</context>
<context>
    <name>Qafka::SchemaDiffModel</name>
    <message>
        <source>Line</source>
        <translation>줄</translation>
    </message>
    <message>
        <source>Older version</source>
        <translation>이전 버전</translation>
    </message>
    <message>
        <source>Newer version</source>
        <translation>새 버전</translation>
    </message>
    <message>
        <source>The two versions are the same.</source>
        <translation>두 버전이 같습니다.</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) added</source>
        <translation>
            <numerusform>%n줄 추가</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n removed</source>
        <translation>
            <numerusform>%n줄 제거</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n changed</source>
        <translation>
            <numerusform>%n줄 변경</numerusform>
        </translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>변경 없음</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>제거됨</translation>
    </message>
    <message>
        <source>added</source>
        <translation>추가됨</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>변경됨</translation>
    </message>
</context>
<context>
    <name>Qafka::SchemaDiffView</name>
    <message>
        <source>Schema differences</source>
        <translation>스키마 차이</translation>
    </message>
</context>
<context>
    <name>Qafka::SchemaEncoderRequest</name>
    <message>
        <source>This connection has no Schema Registry: set one on the connection&apos;s Schema Registry tab.</source>
        <translation>이 연결에는 스키마 레지스트리가 없습니다: 연결의 스키마 레지스트리 탭에서 설정하세요.</translation>
    </message>
    <message>
        <source>The schema of subject %1 cannot be used: %2</source>
        <translation>서브젝트 %1의 스키마를 사용할 수 없습니다: %2</translation>
    </message>
    <message>
        <source>The registry&apos;s schema id %1 (subject %2) could not be read.</source>
        <translation>레지스트리에서 스키마 ID %1(서브젝트 %2)을(를) 읽을 수 없습니다.</translation>
    </message>
    <message>
        <source>The schema file %1 cannot be registered: %2</source>
        <translation>스키마 파일 %1을(를) 등록할 수 없습니다: %2</translation>
    </message>
    <message>
        <source>choose an .avsc, .proto or .json file</source>
        <translation>.avsc, .proto 또는 .json 파일을 선택하십시오</translation>
    </message>
    <message>
        <source>Registering %1 under subject %2 failed: %3</source>
        <translation>%1을(를) 서브젝트 %2에 등록하지 못했습니다: %3</translation>
    </message>
</context>
<context>
    <name>Qafka::SchemaRegisterDialog</name>
    <message>
        <source>&amp;Check Compatibility</source>
        <translation>호환성 확인(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Register</source>
        <translation>등록(&amp;R)</translation>
    </message>
    <message>
        <source>Register a New Version of %1</source>
        <translation>%1의 새 버전 등록</translation>
    </message>
    <message>
        <source>Register a New Subject</source>
        <translation>새 주제 등록</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>주제</translation>
    </message>
    <message>
        <source>e.g. orders-value</source>
        <translation>예: orders-value</translation>
    </message>
    <message>
        <source>Schema type</source>
        <translation>스키마 형식</translation>
    </message>
    <message>
        <source>Schema</source>
        <translation>스키마</translation>
    </message>
    <message>
        <source>Edit the schema, then check it against the subject&apos;s compatibility level. Only a schema that passes can be registered.</source>
        <translation>스키마를 편집한 다음 주제의 호환성 수준에 맞는지 확인하세요. 확인을 통과한 스키마만 등록할 수 있습니다.</translation>
    </message>
    <message>
        <source>&amp;Subject:</source>
        <translation>주제(&amp;S):</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>형식(&amp;T):</translation>
    </message>
    <message>
        <source>Name the subject first.</source>
        <translation>먼저 주제 이름을 입력하세요.</translation>
    </message>
    <message>
        <source>Asking the registry…</source>
        <translation>레지스트리에 묻는 중…</translation>
    </message>
    <message>
        <source>Not compatible with the subject&apos;s compatibility level. The registry says: %1</source>
        <translation>주제의 호환성 수준에 맞지 않습니다. 레지스트리 응답: %1</translation>
    </message>
    <message>
        <source>(no reason given)</source>
        <translation>(이유 없음)</translation>
    </message>
    <message>
        <source>%1 has no versions yet: this schema will be its first.</source>
        <translation>%1에는 아직 버전이 없습니다: 이 스키마가 첫 버전이 됩니다.</translation>
    </message>
    <message>
        <source>Compatible with the latest version of %1. Register it to make it the newest version.</source>
        <translation>%1의 최신 버전과 호환됩니다. 등록하면 가장 새 버전이 됩니다.</translation>
    </message>
    <message>
        <source>Registering…</source>
        <translation>등록하는 중…</translation>
    </message>
</context>
<context>
    <name>Qafka::SchemasPane</name>
    <message>
        <source>Subjects</source>
        <translation>주제</translation>
    </message>
    <message>
        <source>Show &amp;deleted</source>
        <translation>삭제된 항목 표시(&amp;D)</translation>
    </message>
    <message>
        <source>Filter subjects</source>
        <translation>주제 필터</translation>
    </message>
    <message>
        <source>This connection has no Schema Registry. Add its URL on the Schema Registry tab of the connection&apos;s settings to see its subjects here.</source>
        <translation>이 연결에는 스키마 레지스트리가 없습니다. 연결 설정의 스키마 레지스트리 탭에 URL을 추가하면 여기에서 주제를 볼 수 있습니다.</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>새로 고침(&amp;R)</translation>
    </message>
    <message>
        <source>New &amp;Subject…</source>
        <translation>새 주제(&amp;S)…</translation>
    </message>
    <message>
        <source>New &amp;Version…</source>
        <translation>새 버전(&amp;V)…</translation>
    </message>
    <message>
        <source>&amp;Compatibility…</source>
        <translation>호환성(&amp;C)…</translation>
    </message>
    <message>
        <source>De&amp;fault Compatibility…</source>
        <translation>기본 호환성(&amp;F)…</translation>
    </message>
    <message>
        <source>Soft-Delete Version…</source>
        <translation>버전 소프트 삭제…</translation>
    </message>
    <message>
        <source>Delete Version Permanently…</source>
        <translation>버전 영구 삭제…</translation>
    </message>
    <message>
        <source>Soft-Delete Subject…</source>
        <translation>주제 소프트 삭제…</translation>
    </message>
    <message>
        <source>Delete Subject Permanently…</source>
        <translation>주제 영구 삭제…</translation>
    </message>
    <message>
        <source>&amp;Browse Topic</source>
        <translation>토픽 보기(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>삭제(&amp;D)</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>삭제</translation>
    </message>
    <message>
        <source>Default compatibility: %1</source>
        <translation>기본 호환성: %1</translation>
    </message>
    <message>
        <source>Default compatibility: unknown</source>
        <translation>기본 호환성: 알 수 없음</translation>
    </message>
    <message>
        <source>Reading the subjects…</source>
        <translation>주제를 읽는 중…</translation>
    </message>
    <message numerus="yes">
        <source>%n subject(s); reading details of %1…</source>
        <translation>
            <numerusform>주제 %n개, %1개의 세부 정보를 읽는 중…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n subject(s)</source>
        <translation>
            <numerusform>주제 %n개</numerusform>
        </translation>
    </message>
    <message>
        <source>Registered %1: schema id %2.</source>
        <translation>%1 등록됨: 스키마 ID %2.</translation>
    </message>
    <message>
        <source>Changed the registry&apos;s default compatibility.</source>
        <translation>레지스트리의 기본 호환성을 바꿨습니다.</translation>
    </message>
    <message>
        <source>Changed the compatibility of %1.</source>
        <translation>%1의 호환성을 바꿨습니다.</translation>
    </message>
    <message>
        <source>%1 version %2</source>
        <translation>%1 version %2</translation>
    </message>
    <message>
        <source>Soft-delete the subject %1 and all its versions? Producers can no longer use it; it stays readable with “Show deleted” and can be deleted permanently later.</source>
        <translation>주제 %1과(와) 모든 버전을 소프트 삭제할까요? 프로듀서가 더는 쓸 수 없지만 “삭제된 항목 표시”로 계속 읽을 수 있고, 나중에 영구 삭제할 수 있습니다.</translation>
    </message>
    <message>
        <source>Soft-delete version %1 of %2? It stays readable with “Show deleted” and can be deleted permanently later.</source>
        <translation>%2의 버전 %1을(를) 소프트 삭제할까요? “삭제된 항목 표시”로 계속 읽을 수 있고, 나중에 영구 삭제할 수 있습니다.</translation>
    </message>
    <message>
        <source>Permanently delete %1? This cannot be undone: messages encoded with its schema will no longer decode, in Qafka or in any consumer that looks the schema up in this registry.</source>
        <translation>%1을(를) 영구 삭제할까요? 되돌릴 수 없습니다: 이 스키마로 인코딩된 메시지는 Qafka에서도, 이 레지스트리에서 스키마를 찾는 어떤 컨슈머에서도 더는 디코딩되지 않습니다.</translation>
    </message>
    <message>
        <source>Delete Permanently</source>
        <translation>영구 삭제</translation>
    </message>
    <message>
        <source>Soft-Delete</source>
        <translation>소프트 삭제</translation>
    </message>
    <message>
        <source>Delete &amp;Permanently</source>
        <translation>영구 삭제(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Soft-Delete</source>
        <translation>소프트 삭제(&amp;S)</translation>
    </message>
    <message>
        <source>Deleting %1 permanently…</source>
        <translation>%1을(를) 영구 삭제하는 중…</translation>
    </message>
    <message>
        <source>Soft-deleting %1…</source>
        <translation>%1을(를) 소프트 삭제하는 중…</translation>
    </message>
    <message>
        <source>%1 was not deleted: %2</source>
        <translation>%1을(를) 삭제하지 못했습니다: %2</translation>
    </message>
    <message>
        <source>Deleted %1.</source>
        <translation>%1을(를) 삭제했습니다.</translation>
    </message>
    <message>
        <source>exactly 1,000: the registry may list no more than that (Apicurio&apos;s registry.ccompat.max-subjects), so some subjects may be missing</source>
        <translation>정확히 1,000개: 레지스트리가 그 이상은 나열하지 않을 수 있으므로(Apicurio의 registry.ccompat.max-subjects) 일부 주제가 빠졌을 수 있습니다</translation>
    </message>
</context>
<context>
    <name>Qafka::ScramUserDialog</name>
    <message>
        <source>Create SCRAM User</source>
        <translation>SCRAM 사용자 만들기</translation>
    </message>
    <message>
        <source>Change Password of %1</source>
        <translation>%1의 비밀번호 변경</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>사용자 이름</translation>
    </message>
    <message>
        <source>Mechanism</source>
        <translation>메커니즘</translation>
    </message>
    <message>
        <source>Iterations</source>
        <translation>반복 횟수</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>비밀번호</translation>
    </message>
    <message>
        <source>Password again</source>
        <translation>비밀번호 확인</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>사용자(&amp;U):</translation>
    </message>
    <message>
        <source>&amp;Mechanism:</source>
        <translation>메커니즘(&amp;M):</translation>
    </message>
    <message>
        <source>&amp;Iterations:</source>
        <translation>반복 횟수(&amp;I):</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>비밀번호(&amp;P):</translation>
    </message>
    <message>
        <source>&amp;Repeat password:</source>
        <translation>비밀번호 확인(&amp;R):</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>저장(&amp;S)</translation>
    </message>
    <message>
        <source>Name the user.</source>
        <translation>사용자 이름을 입력하세요.</translation>
    </message>
    <message>
        <source>Type the password.</source>
        <translation>비밀번호를 입력하세요.</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>두 비밀번호가 다릅니다.</translation>
    </message>
</context>
<context>
    <name>Qafka::ScramUserModel</name>
    <message>
        <source>User</source>
        <translation>사용자</translation>
    </message>
    <message>
        <source>Mechanism</source>
        <translation>메커니즘</translation>
    </message>
    <message>
        <source>Iterations</source>
        <translation>반복 횟수</translation>
    </message>
    <message>
        <source>User %1, %2, %3 iterations</source>
        <translation>사용자 %1, %2, 반복 %3회</translation>
    </message>
</context>
<context>
    <name>Qafka::ScramUsersView</name>
    <message>
        <source>SCRAM users</source>
        <translation>SCRAM 사용자</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>새로 고침(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;New user…</source>
        <translation>새 사용자(&amp;N)…</translation>
    </message>
    <message>
        <source>C&amp;hange password…</source>
        <translation>비밀번호 변경(&amp;H)…</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>삭제(&amp;D)…</translation>
    </message>
    <message numerus="yes">
        <source>%n user(s).</source>
        <translation>
            <numerusform>사용자 %n명.</numerusform>
        </translation>
    </message>
    <message>
        <source>Reading the SCRAM users…</source>
        <translation>SCRAM 사용자를 읽는 중…</translation>
    </message>
    <message>
        <source>This connection is read-only.</source>
        <translation>이 연결은 읽기 전용입니다.</translation>
    </message>
    <message>
        <source>Saving the %1 password of %2…</source>
        <translation>%2의 %1 비밀번호 저장 중…</translation>
    </message>
    <message>
        <source>Deleting the %1 credential of %2…</source>
        <translation>%2의 %1 자격 증명 삭제 중…</translation>
    </message>
    <message>
        <source>Delete SCRAM Credential</source>
        <translation>SCRAM 자격 증명 삭제</translation>
    </message>
    <message>
        <source>Delete the %1 credential of this user? Clients logging in with it are refused from then on.</source>
        <translation>이 사용자의 %1 자격 증명을 삭제할까요? 그 뒤로 이 자격 증명으로 로그인하는 클라이언트는 거부됩니다.</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>삭제(&amp;D)</translation>
    </message>
</context>
<context>
    <name>Qafka::SecretStore</name>
    <message>
        <source>No OS keychain could store the secret (%1). Qafka keeps it in memory until it quits and does not save it.</source>
        <translation>비밀 정보를 저장할 수 있는 OS 키체인이 없습니다(%1). Qafka는 종료할 때까지 메모리에만 보관하며 저장하지 않습니다.</translation>
    </message>
    <message>
        <source>The keychain could not be read (%1); enter the password again.</source>
        <translation>키체인을 읽을 수 없습니다(%1). 비밀번호를 다시 입력하세요.</translation>
    </message>
    <message>
        <source>The keychain entry could not be removed (%1).</source>
        <translation>키체인 항목을 제거할 수 없습니다(%1).</translation>
    </message>
</context>
<context>
    <name>Qafka::SubjectDetailView</name>
    <message>
        <source>Versions</source>
        <translation>버전</translation>
    </message>
    <message>
        <source>References</source>
        <translation>참조</translation>
    </message>
    <message>
        <source>Schema text</source>
        <translation>스키마 텍스트</translation>
    </message>
    <message>
        <source>Older version</source>
        <translation>이전 버전</translation>
    </message>
    <message>
        <source>Newer version</source>
        <translation>새 버전</translation>
    </message>
    <message>
        <source>R&amp;eferences:</source>
        <translation>참조(&amp;E):</translation>
    </message>
    <message>
        <source>&amp;Compare version</source>
        <translation>비교할 버전(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;with version</source>
        <translation>대상 버전(&amp;W)</translation>
    </message>
    <message>
        <source>&amp;Schema</source>
        <translation>스키마(&amp;S)</translation>
    </message>
    <message>
        <source>Co&amp;mpare</source>
        <translation>비교(&amp;M)</translation>
    </message>
    <message>
        <source>Choose a subject to see its versions.</source>
        <translation>버전을 보려면 주제를 고르세요.</translation>
    </message>
    <message>
        <source>Subject %1 — reading its versions…</source>
        <translation>주제 %1 — 버전을 읽는 중…</translation>
    </message>
    <message>
        <source>Subject %1</source>
        <translation>주제 %1</translation>
    </message>
    <message numerus="yes">
        <source>Subject %1 — %n version(s)</source>
        <translation>
            <numerusform>주제 %1 — 버전 %n개</numerusform>
        </translation>
    </message>
    <message>
        <source>Version %1 (deleted)</source>
        <translation>버전 %1(삭제됨)</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>버전 %1</translation>
    </message>
    <message>
        <source>Reading version %1…</source>
        <translation>버전 %1을(를) 읽는 중…</translation>
    </message>
    <message>
        <source>Version %1 · schema id %2 · %3</source>
        <translation>버전 %1 · 스키마 ID %2 · %3</translation>
    </message>
    <message>
        <source>soft-deleted</source>
        <translation>소프트 삭제됨</translation>
    </message>
    <message>
        <source>%1 → %2, version %3</source>
        <translation>%1 → %2, 버전 %3</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(없음)</translation>
    </message>
</context>
<context>
    <name>Qafka::SubjectListModel</name>
    <message>
        <source>Subject</source>
        <translation>주제</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>형식</translation>
    </message>
    <message>
        <source>Latest version</source>
        <translation>최신 버전</translation>
    </message>
    <message>
        <source>Schema id</source>
        <translation>스키마 ID</translation>
    </message>
    <message>
        <source>Compatibility</source>
        <translation>호환성</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>토픽</translation>
    </message>
    <message>
        <source>%1 (default)</source>
        <translation>%1(기본값)</translation>
    </message>
    <message>
        <source>%1 (deleted)</source>
        <translation>%1(삭제됨)</translation>
    </message>
    <message>
        <source>soft-deleted subject</source>
        <translation>소프트 삭제된 주제</translation>
    </message>
    <message>
        <source>details still loading</source>
        <translation>세부 정보를 아직 읽는 중</translation>
    </message>
    <message>
        <source>compatibility is the registry&apos;s default</source>
        <translation>호환성은 레지스트리 기본값</translation>
    </message>
</context>
<context>
    <name>Qafka::TopicDetailsView</name>
    <message>
        <source>Partitions of the selected topic</source>
        <translation>선택한 토픽의 파티션</translation>
    </message>
    <message>
        <source>Configuration of the selected topic</source>
        <translation>선택한 토픽의 설정</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>편집(&amp;E)…</translation>
    </message>
    <message>
        <source>Search configuration names and values</source>
        <translation>설정 이름과 값 검색</translation>
    </message>
    <message>
        <source>Search topic configuration</source>
        <translation>토픽 설정 검색</translation>
    </message>
    <message>
        <source>This connection is read-only.</source>
        <translation>이 연결은 읽기 전용입니다.</translation>
    </message>
    <message>
        <source>&amp;Partitions</source>
        <translation>파티션(&amp;P)</translation>
    </message>
    <message>
        <source>Con&amp;figuration</source>
        <translation>설정(&amp;F)</translation>
    </message>
    <message>
        <source>Consumer &amp;groups</source>
        <translation>컨슈머 그룹(&amp;G)</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>불러오는 중…</translation>
    </message>
    <message>
        <source>The configuration could not be read: %1</source>
        <translation>설정을 읽을 수 없습니다: %1</translation>
    </message>
    <message>
        <source>topic %1</source>
        <translation>토픽 %1</translation>
    </message>
</context>
<context>
    <name>Qafka::TopicFilterModel</name>
    <message>
        <source>Not a valid regular expression: %1</source>
        <translation>유효한 정규식이 아닙니다: %1</translation>
    </message>
</context>
<context>
    <name>Qafka::TopicGroupsView</name>
    <message>
        <source>Consumer groups reading the topic</source>
        <translation>토픽을 읽는 컨슈머 그룹</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>그룹</translation>
    </message>
    <message>
        <source>State</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>Partitions</source>
        <translation>파티션</translation>
    </message>
    <message>
        <source>Lag</source>
        <translation>랙</translation>
    </message>
    <message>
        <source>Max time lag</source>
        <translation>최대 시간 랙</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>랙 상태</translation>
    </message>
    <message>
        <source>Reading consumer groups…</source>
        <translation>컨슈머 그룹을 읽는 중…</translation>
    </message>
    <message>
        <source>No consumer group reads %1.</source>
        <translation>%1을(를) 읽는 컨슈머 그룹이 없습니다.</translation>
    </message>
    <message numerus="yes">
        <source>%n group(s) read %1.</source>
        <translation>
            <numerusform>그룹 %n개가 %1을(를) 읽습니다.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Qafka::TopicListModel</name>
    <message>
        <source>forever</source>
        <translation>무기한</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>토픽</translation>
    </message>
    <message>
        <source>Partitions</source>
        <translation>파티션</translation>
    </message>
    <message>
        <source>RF</source>
        <translation>RF</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>메시지</translation>
    </message>
    <message>
        <source>Under-replicated</source>
        <translation>복제 부족</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>오프라인</translation>
    </message>
    <message>
        <source>Under min ISR</source>
        <translation>최소 ISR 미만</translation>
    </message>
    <message>
        <source>Cleanup</source>
        <translation>정리 정책</translation>
    </message>
    <message>
        <source>Retention</source>
        <translation>보존</translation>
    </message>
    <message>
        <source>Internal</source>
        <translation>내부</translation>
    </message>
    <message>
        <source>Replication factor</source>
        <translation>복제 계수</translation>
    </message>
    <message>
        <source>Sum over partitions of high watermark minus earliest offset (transaction markers and compacted-away records make this an upper bound)</source>
        <translation>모든 파티션의 하이 워터마크에서 가장 이른 오프셋을 뺀 값의 합계 (트랜잭션 마커와 압축(compaction)으로 제거된 레코드 때문에 실제보다 클 수 있음)</translation>
    </message>
    <message>
        <source>Partitions with fewer in-sync replicas than replicas</source>
        <translation>ISR 수가 레플리카 수보다 적은 파티션</translation>
    </message>
    <message>
        <source>Partitions without a leader: nobody can read or write them</source>
        <translation>리더가 없는 파티션: 아무도 읽거나 쓸 수 없음</translation>
    </message>
    <message>
        <source>Partitions with fewer in-sync replicas than min.insync.replicas: acks=all producers fail</source>
        <translation>ISR 수가 min.insync.replicas보다 적은 파티션: acks=all 프로듀서는 실패함</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>예</translation>
    </message>
    <message>
        <source>Metadata error: %1</source>
        <translation>메타데이터 오류: %1</translation>
    </message>
</context>
<context>
    <name>Qafka::TopicsPane</name>
    <message>
        <source>Re&amp;gex</source>
        <translation>정규식(&amp;G)</translation>
    </message>
    <message>
        <source>Show &amp;internal</source>
        <translation>내부 토픽 표시(&amp;I)</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>토픽</translation>
    </message>
    <message>
        <source>Topics with partitions, replication, message counts and health</source>
        <translation>파티션, 복제, 메시지 수, 상태를 보여 주는 토픽 목록</translation>
    </message>
    <message>
        <source>&amp;Browse Messages</source>
        <translation>메시지 탐색(&amp;B)</translation>
    </message>
    <message>
        <source>Open the newest messages of the selected topic</source>
        <translation>선택한 토픽의 최신 메시지를 엽니다</translation>
    </message>
    <message>
        <source>&amp;Create…</source>
        <translation>생성(&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>삭제(&amp;D)…</translation>
    </message>
    <message>
        <source>Add &amp;Partitions…</source>
        <translation>파티션 추가(&amp;P)…</translation>
    </message>
    <message>
        <source>Delete &amp;Records…</source>
        <translation>레코드 삭제(&amp;R)…</translation>
    </message>
    <message>
        <source>Filter topics</source>
        <translation>토픽 필터</translation>
    </message>
    <message>
        <source>Filter topics by name</source>
        <translation>이름으로 토픽 필터링</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>This connection is read-only.</source>
        <translation>이 연결은 읽기 전용입니다.</translation>
    </message>
    <message>
        <source>Creating %1…</source>
        <translation>%1 생성 중…</translation>
    </message>
    <message>
        <source>Deleting %1…</source>
        <translation>%1 삭제 중…</translation>
    </message>
    <message>
        <source>Adding partitions to %1…</source>
        <translation>%1에 파티션 추가 중…</translation>
    </message>
    <message>
        <source>Deleting records of %1…</source>
        <translation>%1의 레코드 삭제 중…</translation>
    </message>
    <message>
        <source>Changing %1 of %2…</source>
        <translation>%2의 %1 변경 중…</translation>
    </message>
    <message>
        <source>Delete Topics</source>
        <translation>토픽 삭제</translation>
    </message>
    <message numerus="yes">
        <source>Delete these %n topic(s) and every message in them? This cannot be undone.</source>
        <translation>
            <numerusform>토픽 %n개와 그 안의 모든 메시지를 삭제하시겠습니까? 이 작업은 되돌릴 수 없습니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>삭제(&amp;D)</translation>
    </message>
    <message>
        <source>Add Partitions</source>
        <translation>파티션 추가</translation>
    </message>
    <message>
        <source>%1 has %2 partitions. New total (partitions can never be removed; keys will map to other partitions):</source>
        <translation>%1의 파티션은 %2개입니다. 새 전체 개수 (파티션은 제거할 수 없으며, 키가 다른 파티션에 매핑됩니다):</translation>
    </message>
</context>
<context>
    <name>ReachabilityProbe</name>
    <message>
        <source>host not found</source>
        <translation>호스트를 찾을 수 없음</translation>
    </message>
    <message>
        <source>connection refused</source>
        <translation>연결 거부됨</translation>
    </message>
    <message>
        <source>no answer within %1 ms</source>
        <translation>%1 ms 내에 응답 없음</translation>
    </message>
    <message>
        <source>broker %1 at %2 (%3)</source>
        <translation>%2의 브로커 %1 (%3)</translation>
    </message>
    <message>
        <source>The bootstrap server %1 answered, but the brokers advertise addresses this machine cannot reach: %2.</source>
        <translation>부트스트랩 서버 %1은(는) 응답했지만, 브로커가 광고(advertise)하는 주소에 이 컴퓨터에서 연결할 수 없습니다: %2.</translation>
    </message>
    <message>
        <source>The bootstrap server %1 answered, but some brokers advertise addresses this machine cannot reach: %2.</source>
        <translation>부트스트랩 서버 %1은(는) 응답했지만, 일부 브로커가 광고(advertise)하는 주소에 이 컴퓨터에서 연결할 수 없습니다: %2.</translation>
    </message>
    <message>
        <source>Kafka clients talk to the addresses in the brokers&apos; advertised.listeners, not to the bootstrap address. Set advertised.listeners (KAFKA_ADVERTISED_LISTENERS in Docker) to an address this machine can reach, e.g. %1.</source>
        <translation>Kafka 클라이언트는 부트스트랩 주소가 아니라 브로커의 advertised.listeners에 있는 주소로 통신합니다. advertised.listeners(Docker에서는 KAFKA_ADVERTISED_LISTENERS)를 이 컴퓨터에서 연결할 수 있는 주소(예: %1)로 설정하세요.</translation>
    </message>
</context>
<context>
    <name>RegistryErrors</name>
    <message>
        <source>The registry refused the credentials (401 Unauthorized): check the user or API key and its secret, or the token.</source>
        <translation>레지스트리가 자격 증명을 거부했습니다(401 Unauthorized): 사용자 또는 API 키와 시크릿, 또는 토큰을 확인하세요.</translation>
    </message>
    <message>
        <source>The registry accepted the credentials but does not allow this (403 Forbidden).</source>
        <translation>레지스트리가 자격 증명은 받아들였지만 이 작업을 허용하지 않습니다(403 Forbidden).</translation>
    </message>
    <message>
        <source>%1 answered 404 Not Found: this address is not a Schema Registry API root. Some registries serve it under a path, such as Apicurio&apos;s /apis/ccompat/v7.</source>
        <translation>%1이(가) 404 Not Found로 응답했습니다: 이 주소는 스키마 레지스트리 API 루트가 아닙니다. 일부 레지스트리는 Apicurio의 /apis/ccompat/v7처럼 하위 경로에서 API를 제공합니다.</translation>
    </message>
    <message>
        <source>%1 answered HTTP %2 with %3, not JSON: this is not a Schema Registry.</source>
        <translation>%1이(가) JSON이 아닌 %3(으)로 HTTP %2 응답을 보냈습니다: 스키마 레지스트리가 아닙니다.</translation>
    </message>
    <message>
        <source>%1 answered HTTP %2.</source>
        <translation>%1이(가) HTTP %2(으)로 응답했습니다.</translation>
    </message>
    <message>
        <source>%1 answered, but not with JSON (%2): this is not a Schema Registry API root.</source>
        <translation>%1이(가) 응답했지만 JSON이 아닙니다(%2): 스키마 레지스트리 API 루트가 아닙니다.</translation>
    </message>
    <message>
        <source>The registry has no such subject (40401: %1).</source>
        <translation>레지스트리에 해당 서브젝트가 없습니다(40401: %1).</translation>
    </message>
    <message>
        <source>The registry has no such version (40402: %1).</source>
        <translation>레지스트리에 해당 버전이 없습니다(40402: %1).</translation>
    </message>
    <message>
        <source>The registry has no schema with this id (40403: %1): it was deleted, or the message was written against another registry.</source>
        <translation>레지스트리에 이 ID의 스키마가 없습니다(40403: %1): 스키마가 삭제되었거나, 메시지가 다른 레지스트리의 스키마로 작성되었습니다.</translation>
    </message>
    <message>
        <source>The schema is incompatible with the subject&apos;s earlier versions (409: %1).</source>
        <translation>스키마가 서브젝트의 이전 버전과 호환되지 않습니다(409: %1).</translation>
    </message>
    <message>
        <source>The registry says the schema is invalid (42201: %1).</source>
        <translation>레지스트리에서 스키마가 올바르지 않다고 응답했습니다(42201: %1).</translation>
    </message>
    <message>
        <source>The registry answered error %1: %2.</source>
        <translation>레지스트리가 오류 %1을(를) 반환했습니다: %2.</translation>
    </message>
    <message>
        <source>The registry says: %1</source>
        <translation>레지스트리 응답: %1</translation>
    </message>
    <message>
        <source>The registry failed (HTTP %1): %2</source>
        <translation>레지스트리가 실패했습니다(HTTP %1): %2</translation>
    </message>
    <message>
        <source>The subject is soft-deleted (40404: %1); show deleted subjects to see it.</source>
        <translation>주제가 소프트 삭제되었습니다(40404: %1). 보려면 삭제된 주제를 표시하세요.</translation>
    </message>
    <message>
        <source>The subject must be soft-deleted before it can be deleted permanently (40405: %1).</source>
        <translation>주제를 영구 삭제하려면 먼저 소프트 삭제해야 합니다(40405: %1).</translation>
    </message>
    <message>
        <source>The version is soft-deleted (40406: %1).</source>
        <translation>버전이 소프트 삭제되었습니다(40406: %1).</translation>
    </message>
    <message>
        <source>The version must be soft-deleted before it can be deleted permanently (40407: %1).</source>
        <translation>버전을 영구 삭제하려면 먼저 소프트 삭제해야 합니다(40407: %1).</translation>
    </message>
    <message>
        <source>The subject has no compatibility level of its own (40408: %1).</source>
        <translation>주제에 자체 호환성 수준이 없습니다(40408: %1).</translation>
    </message>
    <message>
        <source>The registry says the version is invalid (42202: %1).</source>
        <translation>레지스트리가 버전이 잘못되었다고 합니다(42202: %1).</translation>
    </message>
    <message>
        <source>The registry does not accept this compatibility level (42203: %1).</source>
        <translation>레지스트리가 이 호환성 수준을 받아들이지 않습니다(42203: %1).</translation>
    </message>
    <message>
        <source>The registry does not permit this now (42205: %1): it may be in read-only or import mode.</source>
        <translation>레지스트리가 지금은 이 작업을 허용하지 않습니다(42205: %1): 읽기 전용 또는 가져오기 모드일 수 있습니다.</translation>
    </message>
    <message>
        <source>Other schemas still reference this one, so it cannot be deleted (42206: %1).</source>
        <translation>다른 스키마가 아직 이 스키마를 참조하므로 삭제할 수 없습니다(42206: %1).</translation>
    </message>
    <message>
        <source>the registry</source>
        <translation>레지스트리</translation>
    </message>
</context>
<context>
    <name>RegistryWorker</name>
    <message>
        <source>The schema references more than %1 schemas.</source>
        <translation>스키마가 %1개보다 많은 스키마를 참조합니다.</translation>
    </message>
    <message>
        <source>The schema&apos;s reference “%1” (subject %2, version %3) could not be read: %4</source>
        <translation>스키마의 참조 “%1”(서브젝트 %2, 버전 %3)을(를) 읽을 수 없습니다: %4</translation>
    </message>
    <message>
        <source>The registry&apos;s schema %1 cannot be used: %2</source>
        <translation>레지스트리의 스키마 %1을(를) 사용할 수 없습니다: %2</translation>
    </message>
    <message numerus="yes">
        <source>Connected to the Schema Registry at %1: %n subject(s).</source>
        <translation>
            <numerusform>%1의 스키마 레지스트리에 연결했습니다: 서브젝트 %n개.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 answered with JSON that is not a list of subjects: this is not a Schema Registry API root.</source>
        <translation>%1이(가) 서브젝트 목록이 아닌 JSON으로 응답했습니다: 스키마 레지스트리 API 루트가 아닙니다.</translation>
    </message>
    <message>
        <source>This address is an Apicurio registry whose Confluent-compatible API is at %1: use that URL.</source>
        <translation>이 주소는 Apicurio 레지스트리이며 Confluent 호환 API는 %1에 있습니다: 그 URL을 사용하세요.</translation>
    </message>
</context>
<context>
    <name>RestErrors</name>
    <message>
        <source>Nothing accepts connections at %1 (connection refused): check the URL and that %2 runs.</source>
        <translation>%1에서 연결을 받는 곳이 없습니다(연결 거부됨): URL과 %2이(가) 실행 중인지 확인하세요.</translation>
    </message>
    <message>
        <source>The host of %1 is not known (name lookup failed): check the URL.</source>
        <translation>%1의 호스트를 알 수 없습니다(이름 조회 실패): URL을 확인하세요.</translation>
    </message>
    <message>
        <source>%1 did not answer within %2 s: %3 is down, overloaded or behind a firewall.</source>
        <translation>%1이(가) %2초 안에 응답하지 않았습니다: %3이(가) 멈췄거나 과부하 상태이거나 방화벽 뒤에 있습니다.</translation>
    </message>
    <message>
        <source>TLS with %1 failed: %2. Check the CA file (or that the URL should start with http:// instead of https://).</source>
        <translation>%1과(와)의 TLS 실패: %2. CA 파일을 확인하세요(또는 URL이 https:// 대신 http://로 시작해야 하는지).</translation>
    </message>
    <message>
        <source>%1 closed the connection without an HTTP answer: it may expect TLS (https://) or speak another protocol.</source>
        <translation>%1이(가) HTTP 응답 없이 연결을 닫았습니다: TLS(https://)를 기대하거나 다른 프로토콜을 쓰는 서버일 수 있습니다.</translation>
    </message>
    <message>
        <source>The request to %1 failed: %2.</source>
        <translation>%1에 대한 요청이 실패했습니다: %2.</translation>
    </message>
    <message>
        <source>no content type</source>
        <translation>콘텐츠 유형 없음</translation>
    </message>
</context>
<context>
    <name>ScramAdmin</name>
    <message>
        <source>This cluster&apos;s brokers cannot list or change SCRAM users over the Kafka protocol: that came with Kafka 2.7 (KIP-554). On older clusters the users live in ZooKeeper; kafka-configs.sh --zookeeper … --entity-type users manages them there.</source>
        <translation>이 클러스터의 브로커는 Kafka 프로토콜로 SCRAM 사용자를 나열하거나 변경할 수 없습니다. 이 기능은 Kafka 2.7(KIP-554)부터 있습니다. 이전 클러스터에서는 사용자가 ZooKeeper에 있으며 kafka-configs.sh --zookeeper … --entity-type users로 관리합니다.</translation>
    </message>
    <message>
        <source>This login may not change SCRAM users: that needs ALTER on the cluster resource, or a super user.</source>
        <translation>이 로그인은 SCRAM 사용자를 변경할 수 없습니다. 클러스터 리소스에 대한 ALTER 권한이나 슈퍼 유저가 필요합니다.</translation>
    </message>
    <message>
        <source>This login may not list SCRAM users: that needs DESCRIBE on the cluster resource, or a super user.</source>
        <translation>이 로그인은 SCRAM 사용자를 나열할 수 없습니다. 클러스터 리소스에 대한 DESCRIBE 권한이나 슈퍼 유저가 필요합니다.</translation>
    </message>
    <message>
        <source>The SCRAM user could not be changed: %1</source>
        <translation>SCRAM 사용자를 변경하지 못했습니다: %1</translation>
    </message>
    <message>
        <source>The SCRAM users could not be read: %1</source>
        <translation>SCRAM 사용자를 읽지 못했습니다: %1</translation>
    </message>
    <message>
        <source>Qafka does not ask these brokers for their SCRAM users: they run an authorizer but cannot say whether this login may list users (that came with Kafka 2.8), and librdkafka fails badly when the answer is a refusal. kafka-configs.sh --describe --entity-type users lists them.</source>
        <translation>Qafka는 이 브로커에 SCRAM 사용자를 묻지 않습니다. 브로커가 authorizer를 실행하지만 이 로그인이 사용자를 나열할 수 있는지 알려 주지 못하고(Kafka 2.8부터 가능), 거부 응답을 받으면 librdkafka가 심각하게 실패하기 때문입니다. kafka-configs.sh --describe --entity-type users로 나열할 수 있습니다.</translation>
    </message>
    <message>
        <source>A SCRAM credential needs a user name, a mechanism (SCRAM-SHA-256 or SCRAM-SHA-512) and a password.</source>
        <translation>SCRAM 자격 증명에는 사용자 이름, 메커니즘(SCRAM-SHA-256 또는 SCRAM-SHA-512), 비밀번호가 필요합니다.</translation>
    </message>
</context>
<context>
    <name>TopicAdmin</name>
    <message>
        <source>the request was cancelled.</source>
        <translation>요청이 취소되었습니다.</translation>
    </message>
    <message>
        <source>no answer within %1 s.</source>
        <translation>%1초 내에 응답이 없습니다.</translation>
    </message>
    <message numerus="yes">
        <source>And %n more.</source>
        <translation>
            <numerusform>그 외 %n건이 더 있습니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>The offsets of topic %1, partition %2 could not be read: %3</source>
        <translation>토픽 %1, 파티션 %2의 오프셋을 읽을 수 없습니다: %3</translation>
    </message>
    <message>
        <source>The configuration of topic %1 could not be read: %2</source>
        <translation>토픽 %1의 설정을 읽을 수 없습니다: %2</translation>
    </message>
    <message>
        <source>Topic %1 could not be created: %2</source>
        <translation>토픽 %1을(를) 생성할 수 없습니다: %2</translation>
    </message>
    <message>
        <source>the configuration %1 is not accepted.</source>
        <translation>설정 %1이(가) 허용되지 않습니다.</translation>
    </message>
    <message>
        <source>Topic %1 could not be deleted: %2</source>
        <translation>토픽 %1을(를) 삭제할 수 없습니다: %2</translation>
    </message>
    <message>
        <source>The topics %1 could not be deleted: %2</source>
        <translation>토픽 %1을(를) 삭제할 수 없습니다: %2</translation>
    </message>
    <message>
        <source>The partitions of topic %1 could not be raised to %2: %3</source>
        <translation>토픽 %1의 파티션을 %2개로 늘릴 수 없습니다: %3</translation>
    </message>
    <message>
        <source>The configuration of topic %1 could not be changed: %2</source>
        <translation>토픽 %1의 설정을 변경할 수 없습니다: %2</translation>
    </message>
    <message>
        <source>The cluster-wide broker default configuration could not be changed: %1</source>
        <translation>클러스터 전체 브로커 기본 설정을 변경할 수 없습니다: %1</translation>
    </message>
    <message>
        <source>The configuration of broker %1 could not be changed: %2</source>
        <translation>브로커 %1의 설정을 변경할 수 없습니다: %2</translation>
    </message>
    <message>
        <source>The configuration of %1 %2 could not be changed: only topic and broker configurations can be changed.</source>
        <translation>%1 %2의 설정을 변경할 수 없습니다: 토픽과 브로커 설정만 변경할 수 있습니다.</translation>
    </message>
    <message>
        <source>librdkafka %1 can only change the configuration of one named broker.</source>
        <translation>librdkafka %1에서는 이름이 지정된 브로커 하나의 설정만 변경할 수 있습니다.</translation>
    </message>
    <message>
        <source>Change it on each broker, or with kafka-configs.sh --alter --entity-type brokers --entity-default.</source>
        <translation>각 브로커에서 변경하거나 kafka-configs.sh --alter --entity-type brokers --entity-default로 변경하세요.</translation>
    </message>
    <message>
        <source>the name is empty.</source>
        <translation>이름이 비어 있습니다.</translation>
    </message>
    <message>
        <source>Records of topic %1 could not be deleted: %2</source>
        <translation>토픽 %1의 레코드를 삭제할 수 없습니다: %2</translation>
    </message>
    <message>
        <source>Records of topic %1, partition %2 could not be deleted: %3</source>
        <translation>토픽 %1, 파티션 %2의 레코드를 삭제할 수 없습니다: %3</translation>
    </message>
    <message>
        <source>The topic configurations could not be read: %1</source>
        <translation>토픽 설정을 읽을 수 없습니다: %1</translation>
    </message>
    <message>
        <source>The topic offsets could not be read: %1</source>
        <translation>토픽 오프셋을 읽을 수 없습니다: %1</translation>
    </message>
    <message numerus="yes">
        <source>the answer describes %n resource(s).</source>
        <translation>
            <numerusform>응답에 리소스 %n개가 기술되어 있습니다.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TopicName</name>
    <message>
        <source>“%1” collides with the existing topic “%2”: Kafka&apos;s metric names do not tell “.” from “_”.</source>
        <translation>“%1”은(는) 기존 토픽 “%2”과(와) 충돌합니다: Kafka 메트릭 이름에서는 “.”과 “_”를 구분하지 않습니다.</translation>
    </message>
    <message>
        <source>A topic name cannot be empty.</source>
        <translation>토픽 이름은 비워 둘 수 없습니다.</translation>
    </message>
    <message>
        <source>A topic name cannot be “.” or “..”.</source>
        <translation>토픽 이름은 “.” 또는 “..”일 수 없습니다.</translation>
    </message>
    <message>
        <source>A topic name can have at most 249 characters; this one has %1.</source>
        <translation>토픽 이름은 최대 249자까지 가능합니다. 이 이름은 %1자입니다.</translation>
    </message>
    <message>
        <source>“%1” is not allowed in a topic name: use letters, digits, “.”, “_” and “-”.</source>
        <translation>“%1”은(는) 토픽 이름에 사용할 수 없습니다. 영문자, 숫자, “.”, “_”, “-”를 사용하세요.</translation>
    </message>
</context>
<context>
    <name>WireFormat</name>
    <message>
        <source>empty: no schema header</source>
        <translation>비어 있음: 스키마 헤더 없음</translation>
    </message>
    <message numerus="yes">
        <source>%n byte(s): too short for the 5-byte schema header</source>
        <translation>
            <numerusform>%n바이트: 5바이트 스키마 헤더보다 짧음</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n byte(s): too short for the 17-byte schema GUID header</source>
        <translation>
            <numerusform>%n바이트: 17바이트 스키마 GUID 헤더보다 짧음</numerusform>
        </translation>
    </message>
    <message>
        <source>first byte is 0x%1, not a schema header&apos;s magic byte 0x00 or 0x01</source>
        <translation>첫 바이트가 스키마 헤더의 매직 바이트 0x00 또는 0x01이 아닌 0x%1임</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Qafka: browse, produce to and watch Apache Kafka clusters.</source>
        <translation>Qafka: Apache Kafka 클러스터를 탐색하고, 메시지를 전송하고, 감시합니다.</translation>
    </message>
    <message>
        <source>Open the cluster at these bootstrap servers (plaintext).</source>
        <translation>이 부트스트랩 서버의 클러스터를 엽니다(PLAINTEXT).</translation>
    </message>
    <message>
        <source>Open the saved connection of this name.</source>
        <translation>이 이름의 저장된 연결을 엽니다.</translation>
    </message>
    <message>
        <source>Print when the brokers pane is first filled, then quit (for benchmarks and smoke tests).</source>
        <translation>브로커 창이 처음 채워지면 출력한 후 종료합니다(벤치마크 및 스모크 테스트용).</translation>
    </message>
    <message>
        <source>qafka: no saved connection named “%1”</source>
        <translation>qafka: 이름이 “%1”인 저장된 연결이 없습니다</translation>
    </message>
    <message>
        <source>With --bootstrap: decode messages through the Schema Registry at this URL.</source>
        <translation>--bootstrap과 함께 사용: 이 URL의 스키마 레지스트리로 메시지를 디코딩합니다.</translation>
    </message>
    <message>
        <source>With --bootstrap or --profile: open Messages on this topic, reading from the end and following new messages.</source>
        <translation>--bootstrap 또는 --profile과 함께: 이 토픽의 메시지를 끝에서부터 열고 새 메시지를 계속 따라갑니다.</translation>
    </message>
    <message>
        <source>With --bootstrap or --profile: open Consumer groups with this group&apos;s lag.</source>
        <translation>--bootstrap 또는 --profile과 함께: 이 그룹의 랙과 함께 컨슈머 그룹을 엽니다.</translation>
    </message>
</context>
</TS>
